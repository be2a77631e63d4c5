package io.recouvra.debts;

import io.recouvra.debts.internal.CreditorRegistry;
import io.recouvra.debts.internal.LedgerBook;
import io.recouvra.debts.internal.LedgerReads;
import io.recouvra.debts.internal.PaymentAllocation;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The debts module's ledger facade: itemised balances at any date, what debtors hold in their
 * credit accounts, payments allocated by the rules of imputation, and the credit controllers'
 * credit notes, settlements and write-offs. Every call acts within the caller's scope; another
 * creditor's objects are treated as missing.
 */
@ApplicationScoped
public class Ledger {
  private static final Logger LOG = Logger.getLogger(Ledger.class.getName());

  @Inject LedgerReads reads;
  @Inject LedgerBook book;
  @Inject PaymentAllocation allocation;
  @Inject CreditorRegistry creditors;
  @Inject Clock clock;

  /**
   * The caller's debts among {@code ids}, itemised on {@code day}, or on each creditor's today when
   * no day is given; others are left out.
   */
  public Map<DebtId, ItemisedBalance> itemised(
      Caller caller, Collection<DebtId> ids, Optional<LocalDate> day) {
    return Debts.scopeOf(caller).map(s -> reads.itemised(s, ids, day)).orElse(Map.of());
  }

  /** What each of the caller's debtors among {@code ids} holds in its credit account. */
  public Map<DebtorId, List<Money>> creditAccounts(Caller caller, Collection<DebtorId> ids) {
    return Debts.scopeOf(caller).map(s -> reads.creditAccounts(s, ids)).orElse(Map.of());
  }

  /** Issues a credit note, settles or writes off one of the caller's creditor's debts. */
  public Outcome<DebtView> change(Caller caller, LedgerCommand command) {
    Optional<CreditorView> creditor = caller.tenant().flatMap(creditors::creditor);
    if (creditor.isEmpty()) {
      return Debts.noTenant();
    }
    LocalDate today = creditor.get().today(clock);

    Outcome<DebtView> changed = book.apply(creditor.get().id(), command, caller.subject(), today);

    changed
        .value()
        .ifPresent(d -> LOG.info(() -> "Debt " + d.id() + " ledger changed: " + kindOf(command)));
    return changed;
  }

  /**
   * Allocates money received for a debtor among its open debts; for the payments module, which has
   * matched the money to the debtor. Applying the same reference twice changes nothing.
   */
  public PaymentApplied applyPayment(Caller caller, PaymentToApply payment) {
    PaymentApplied applied = allocation.apply(payment, caller.tenant(), caller.subject());

    LOG.info(
        () ->
            "Payment applied to debtor "
                + payment.debtor()
                + (applied.alreadyApplied() ? " (already applied)" : ""));
    return applied;
  }

  private static String kindOf(LedgerCommand command) {
    return command.getClass().getSimpleName();
  }
}
