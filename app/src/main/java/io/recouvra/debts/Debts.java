package io.recouvra.debts;

import io.recouvra.debts.internal.CheckedRegistration;
import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.DebtChanges;
import io.recouvra.debts.internal.DebtReads;
import io.recouvra.debts.internal.DebtRegistration;
import io.recouvra.debts.internal.DebtorClaims;
import io.recouvra.debts.internal.ReadScope;
import io.recouvra.debts.internal.RegistrationRules;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.paging.Page;
import io.recouvra.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The debts module's facade: registers, corrects and cancels debts, and reads debts and debtors.
 * Every call acts for the caller's creditor only; another creditor's objects are treated as
 * missing.
 */
@ApplicationScoped
public class Debts {
  private static final Logger LOG = Logger.getLogger(Debts.class.getName());
  private static final int ATTEMPTS = 3;

  @Inject DebtRegistration registration;
  @Inject DebtChanges changes;
  @Inject DebtReads reads;
  @Inject CreditorRegistry creditors;
  @Inject DebtorClaims claims;
  @Inject Clock clock;

  /**
   * Registers a debt and upserts its debtor. Registering the same content under the same external
   * reference again, even concurrently, returns the debt registered first; different content under
   * that reference is refused with {@link ErrorCode#DUPLICATE_REFERENCE}.
   */
  public Outcome<DebtView> register(Caller caller, RegisterDebt input) {
    Optional<CreditorView> creditor = tenantOf(caller);
    if (creditor.isEmpty()) {
      return noTenant();
    }
    LocalDate today = creditor.get().today(clock);
    Outcome<CheckedRegistration> checked = RegistrationRules.check(input, creditor.get(), today);
    if (!checked.isDone()) {
      return Outcome.refused(checked.problems());
    }

    Outcome<DebtView> stored = store(creditor.get().id(), checked.value().orElseThrow(), caller);

    stored.value().ifPresent(d -> LOG.info(() -> "Debt " + d.id() + " registered"));
    return stored;
  }

  private Outcome<DebtView> store(CreditorId creditor, CheckedRegistration checked, Caller caller) {
    for (int attempt = 1; ; attempt++) {
      try {
        return registration.attempt(creditor, checked, caller.subject());
      } catch (PersistenceException | TransactionalException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.fine(() -> "Registration collided with a concurrent one; trying again");
      }
    }
  }

  /** Corrects an open debt's description or dates. */
  public Outcome<DebtView> update(Caller caller, UpdateDebt change) {
    Optional<CreditorView> creditor = tenantOf(caller);
    if (creditor.isEmpty()) {
      return noTenant();
    }
    LocalDate today = creditor.get().today(clock);

    Outcome<DebtView> updated =
        changes.update(creditor.get().id(), change, caller.subject(), today);

    updated.value().ifPresent(d -> LOG.info(() -> "Debt " + d.id() + " corrected"));
    return updated;
  }

  /** Cancels an open debt, crediting its balance and closing it as cancelled. */
  public Outcome<DebtView> cancel(Caller caller, CancelDebt command) {
    Optional<CreditorView> creditor = tenantOf(caller);
    if (creditor.isEmpty()) {
      return noTenant();
    }
    LocalDate today = creditor.get().today(clock);

    Outcome<DebtView> cancelled =
        changes.cancel(creditor.get().id(), command, caller.subject(), today);

    cancelled.value().ifPresent(d -> LOG.info(() -> "Debt " + d.id() + " cancelled"));
    return cancelled;
  }

  /**
   * Links the signed-in caller to the debtor record that a debt's reference and access code open.
   * The code works once; wrong attempts are recorded and limited.
   */
  public Outcome<DebtorView> claim(Caller caller, ClaimFile command) {
    Outcome<DebtorView> claimed = claims.claim(caller.subject(), command);

    claimed.value().ifPresent(d -> LOG.info(() -> "Debtor " + d.id() + " claimed"));
    return claimed;
  }

  /** The debtor records the caller claimed. */
  public List<DebtorView> claimedDebtors(Caller caller) {
    return reads.debtors(new ReadScope.OfDebtors(caller.claimedDebtors()), caller.claimedDebtors());
  }

  /** The caller's debts among {@code ids}, in no particular order; others are left out. */
  public List<DebtView> debts(Caller caller, Collection<DebtId> ids) {
    return scopeOf(caller).map(s -> reads.debts(s, ids)).orElse(List.of());
  }

  /** One page of the caller's debts that match {@code filter}, by due date. */
  public Page<DebtView> debts(Caller caller, DebtFilter filter, PageRequest page) {
    return scopeOf(caller).map(s -> reads.debts(s, filter, page)).orElse(emptyPage());
  }

  /** The caller's debtors among {@code ids}, in no particular order; others are left out. */
  public List<DebtorView> debtors(Caller caller, Collection<DebtorId> ids) {
    return scopeOf(caller).map(s -> reads.debtors(s, ids)).orElse(List.of());
  }

  /** One page of the caller's debtors, by customer reference. */
  public Page<DebtorView> debtors(Caller caller, PageRequest page) {
    return scopeOf(caller).map(s -> reads.debtors(s, page)).orElse(emptyPage());
  }

  /**
   * What the caller may read: its creditor's debts for staff and client apps, the records it
   * claimed for a signed-in debtor, nothing otherwise.
   */
  static Optional<ReadScope> scopeOf(Caller caller) {
    if (caller.tenant().isPresent()) {
      return Optional.of(new ReadScope.OfCreditor(caller.tenant().get()));
    }
    if (caller.roles().contains(Role.DEBTOR)) {
      return Optional.of(new ReadScope.OfDebtors(caller.claimedDebtors()));
    }
    return Optional.empty();
  }

  private Optional<CreditorView> tenantOf(Caller caller) {
    return caller.tenant().flatMap(creditors::creditor);
  }

  /** The refusal of a command from a caller that acts for no known creditor. */
  static <T> Outcome<T> noTenant() {
    return Outcome.refused(
        new Problem(List.of(), ErrorCode.FORBIDDEN, "The caller acts for no known creditor"));
  }

  private static <T> Page<T> emptyPage() {
    return new Page<>(List.of(), false);
  }
}
