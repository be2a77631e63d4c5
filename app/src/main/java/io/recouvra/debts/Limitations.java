package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.DebtReads;
import io.recouvra.debts.internal.LimitationBook;
import io.recouvra.debts.internal.LimitationQueue;
import io.recouvra.debts.internal.ReadScope;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Logger;

/**
 * The facade over limitation: the events people record on a creditor's debts, each debt's last day
 * to act with the steps that set it, and the alerts queue of debts whose day is near. Every call
 * acts for the caller's creditor only; another creditor's debts are treated as missing.
 */
@ApplicationScoped
public class Limitations {
  private static final Logger LOG = Logger.getLogger(Limitations.class.getName());

  @Inject LimitationBook book;
  @Inject LimitationQueue queue;
  @Inject DebtReads reads;
  @Inject CreditorRegistry creditors;
  @Inject Clock clock;

  /** Records an event on one of the caller's open debts; its source is the caller's subject. */
  public Outcome<LimitationChange> record(Caller caller, RecordLimitationEvent command) {
    return change(
        caller,
        "recorded",
        (creditor, today) -> book.record(creditor, command, caller.subject(), today));
  }

  /** Ends a lasting event (proceedings, mediation) of one of the caller's open debts. */
  public Outcome<LimitationChange> end(Caller caller, EndLimitationEvent command) {
    return change(
        caller, "ended", (creditor, today) -> book.end(creditor, command, caller.subject(), today));
  }

  /** Does one change for the caller's creditor on its today, and logs it by id. */
  private Outcome<LimitationChange> change(
      Caller caller,
      String done,
      BiFunction<CreditorId, LocalDate, Outcome<LimitationChange>> change) {
    Optional<CreditorView> creditor = tenantOf(caller);
    if (creditor.isEmpty()) {
      return Debts.noTenant();
    }
    LocalDate today = creditor.get().today(clock);

    Outcome<LimitationChange> changed = change.apply(creditor.get().id(), today);

    changed
        .value()
        .ifPresent(c -> LOG.info(() -> "Limitation event " + c.event().id() + " " + done));
    return changed;
  }

  /**
   * The limitation of each of the caller's {@code debts} today; debts of another creditor, and
   * debts whose period the law tables do not hold, are left out.
   */
  public List<LimitationView> limitations(Caller caller, Collection<DebtId> debts) {
    Optional<CreditorView> creditor = tenantOf(caller);
    if (creditor.isEmpty()) {
      return List.of();
    }
    List<DebtView> found = reads.debts(new ReadScope.OfCreditor(creditor.get().id()), debts);
    return book.limitations(creditor.get(), found, creditor.get().today(clock));
  }

  /**
   * One page of the caller's alerts queue: its open debts whose last day to act falls within its
   * alert window from today, held or not, earliest first.
   */
  public Page<LimitationAlert> alerts(Caller caller, PageRequest page) {
    return tenantOf(caller)
        .map(c -> queue.alerts(c, c.today(clock), page))
        .orElseGet(() -> new Page<>(List.of(), false));
  }

  private Optional<CreditorView> tenantOf(Caller caller) {
    return caller.tenant().flatMap(creditors::creditor);
  }
}
