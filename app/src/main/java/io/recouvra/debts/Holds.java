package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.DebtReads;
import io.recouvra.debts.internal.HoldBook;
import io.recouvra.debts.internal.LimitationBook;
import io.recouvra.debts.internal.ReadScope;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.DebtId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The facade over collection holds: other modules and the API place and lift holds here, and
 * everything that contacts a debtor asks {@link #states} first. Holds overlap: lifting one leaves
 * the others in force.
 */
@ApplicationScoped
public class Holds {
  /** The source of holds placed and lifted through the API by people and client apps. */
  public static final String API_SOURCE = "api";

  private static final Logger LOG = Logger.getLogger(Holds.class.getName());

  @Inject HoldBook book;
  @Inject LimitationBook limitations;
  @Inject DebtReads reads;
  @Inject CreditorRegistry creditors;
  @Inject Clock clock;

  /** Holds the debt's collection from {@code since} (today when absent). */
  public Outcome<HoldView> place(Caller caller, PlaceHold command) {
    Optional<CreditorView> creditor = caller.tenant().flatMap(creditors::creditor);
    if (creditor.isEmpty()) {
      return Debts.noTenant();
    }
    LocalDate today = creditor.get().today(clock);

    Outcome<HoldView> placed = book.place(creditor.get().id(), command, caller.subject(), today);

    placed.value().ifPresent(h -> LOG.info(() -> "Hold " + h.id() + " placed on " + h.debt()));
    return placed;
  }

  /** Lifts a hold; only its source may. */
  public Outcome<HoldView> lift(Caller caller, LiftHold command) {
    if (caller.tenant().isEmpty()) {
      return Debts.noTenant();
    }

    Outcome<HoldView> lifted = book.lift(caller.tenant().get(), command, caller.subject());

    lifted.value().ifPresent(h -> LOG.info(() -> "Hold " + h.id() + " lifted"));
    return lifted;
  }

  /** Every hold ever placed on the caller's {@code debts}, lifted ones included. */
  public List<HoldView> holds(Caller caller, Collection<DebtId> debts) {
    return caller.tenant().map(t -> book.holds(t, debts)).orElse(List.of());
  }

  /**
   * Whether each of the caller's {@code debts} may be chased today, in the creditor's time zone,
   * and the holds or the limitation that prevent it; debts of another creditor are left out.
   */
  public List<CollectionState> states(Caller caller, Collection<DebtId> debts) {
    Optional<CreditorView> creditor = caller.tenant().flatMap(creditors::creditor);
    if (creditor.isEmpty()) {
      return List.of();
    }
    LocalDate today = creditor.get().today(clock);
    List<DebtView> found = reads.debts(new ReadScope.OfCreditor(creditor.get().id()), debts);
    Map<DebtId, List<HoldView>> applying =
        book.holds(creditor.get().id(), debts).stream()
            .filter(h -> h.appliesOn(today))
            .collect(Collectors.groupingBy(HoldView::debt));
    Set<DebtId> limited = Set.copyOf(limitations.limitedAmong(creditor.get().id(), debts, today));
    return found.stream()
        .map(
            d ->
                new CollectionState(
                    d.id(),
                    d.status() == DebtStatus.OPEN,
                    limited.contains(d.id()),
                    applying.getOrDefault(d.id(), List.of())))
        .toList();
  }
}
