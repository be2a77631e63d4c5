package io.recouvra.debts.internal;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.ItemisedBalance.Accrual;
import io.recouvra.debts.PaymentApplied;
import io.recouvra.debts.PaymentApplied.Part;
import io.recouvra.debts.PaymentToApply;
import io.recouvra.debts.internal.LedgerEntryRecord.Entered;
import io.recouvra.debts.law.Allocation;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.debts.law.Imputation;
import io.recouvra.debts.law.IndemnityPlacement;
import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.debts.law.OpenDebt;
import io.recouvra.debts.law.PaymentImputation;
import io.recouvra.debts.law.PaymentToImpute;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Allocates a payment among a debtor's open debts by the rules of imputation ({@link
 * PaymentImputation}), writes the allocations to the debts' ledgers and what is left to the
 * debtor's credit account, and closes the debts it pays off; in one transaction, once per payment
 * reference.
 */
@ApplicationScoped
public class PaymentAllocation {
  @Inject DebtStore store;
  @Inject DebtBalances balances;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject LimitationBook limitations;

  /** Where the fixed indemnity goes among a debt's parts (ADR 0011); after interest by default. */
  @Inject
  @ConfigProperty(name = "recouvra.ledger.indemnity-placement", defaultValue = "AFTER_INTEREST")
  IndemnityPlacement placement;

  /**
   * Applies {@code payment}; applying a reference already applied changes nothing. With a tenant,
   * only that creditor's debts are considered.
   */
  @Transactional
  public PaymentApplied apply(PaymentToApply payment, Optional<CreditorId> tenant, String actor) {
    List<DebtRecord> open =
        store.openDebtsOf(payment.debtor()).stream()
            .filter(d -> tenant.map(d.creditor()::equals).orElse(true))
            .filter(
                d -> d.postings().get(0).amount().currency().equals(payment.amount().currency()))
            .toList();
    if (alreadyApplied(payment)) {
      return new PaymentApplied(
          List.of(), Money.zero(payment.amount().currency()), List.of(), true);
    }
    Map<String, ItemisedBalance> due = balances.on(open, payment.receivedOn());
    Imputation imputation =
        new PaymentImputation(placement)
            .impute(
                new PaymentToImpute(
                    payment.amount(),
                    payment.receivedOn(),
                    payment.designated().map(DebtId::toString).filter(due::containsKey),
                    open.stream().map(d -> openDebt(d, due.get(d.idText()))).toList()));

    Entered entered =
        new Entered(actor, clock.instant(), Optional.of(payment.reference()), Optional.empty());
    Map<String, DebtRecord> byId =
        open.stream().collect(Collectors.toMap(DebtRecord::idText, Function.identity()));
    Set<String> touched = new LinkedHashSet<>();
    for (Allocation allocation : imputation.allocations()) {
      DebtRecord debt = byId.get(allocation.debtId());
      if (touched.add(allocation.debtId())) {
        debt.post(Itemisation.catchUp(due.get(allocation.debtId()), debt.postings()), entered);
      }
      debt.post(List.of(paymentEntry(allocation, payment.receivedOn())), entered);
    }
    if (imputation.toCreditAccount().isPositive()) {
      store.persist(
          new CreditAccountEntryRecord(
              payment.debtor(),
              imputation.toCreditAccount(),
              payment.receivedOn(),
              payment.reference(),
              clock.instant()));
    }
    recordForLimitation(payment, touched, byId, actor);
    List<DebtId> closed = closePaidOff(touched, byId, actor);

    audit.record(
        actor,
        open.stream().findFirst().map(DebtRecord::creditor),
        "debts.applyPayment",
        touched.stream().map(id -> "Debt:" + id).toList(),
        payment);
    return new PaymentApplied(parts(imputation), imputation.toCreditAccount(), closed, false);
  }

  /**
   * Records the payment among the limitation events of each debt it paid into, as its origin says
   * (a debtor's voluntary payment interrupts; the rules decide what it moves).
   */
  private void recordForLimitation(
      PaymentToApply payment, Set<String> touched, Map<String, DebtRecord> byId, String actor) {
    payment
        .origin()
        .limitationEvent()
        .ifPresent(
            kind ->
                touched.forEach(
                    id ->
                        limitations.record(
                            byId.get(id).id(),
                            LimitationEvent.of(kind, payment.receivedOn()),
                            LimitationBook.LEDGER_SOURCE,
                            actor)));
  }

  private boolean alreadyApplied(PaymentToApply payment) {
    return store.creditAccountHas(payment.debtor(), payment.reference())
        || store.debtsReferencing(payment.debtor(), payment.reference());
  }

  private List<DebtId> closePaidOff(
      Set<String> touched, Map<String, DebtRecord> byId, String actor) {
    List<DebtId> closed = new ArrayList<>();
    for (String id : touched) {
      DebtRecord debt = byId.get(id);
      if (debt.owesNothing()) {
        boolean settled =
            debt.postings().stream().anyMatch(p -> p.kind() == LedgerEntryKind.SETTLEMENT);
        debt.close(
            settled ? ClosureReason.SETTLED : ClosureReason.PAID, actor, null, clock.instant());
        closed.add(debt.id());
      }
    }
    return closed;
  }

  /** The debt as imputation sees it, with what is due on the payment's day. */
  private static OpenDebt openDebt(DebtRecord debt, ItemisedBalance balance) {
    return new OpenDebt(
        debt.idText(),
        debt.dueOn(),
        balance.line(DebtComponent.INTEREST).due(),
        balance.line(DebtComponent.PENALTIES).due(),
        balance.line(DebtComponent.INDEMNITY).due(),
        balance.line(DebtComponent.PRINCIPAL).due(),
        runningPercent(balance),
        debt.nature() == DebtNature.JUDGMENT);
  }

  /** The annual rate running on the debt on the balance's day, zero when none. */
  private static BigDecimal runningPercent(ItemisedBalance balance) {
    return balance.accruals().stream()
        .filter(a -> a.to().equals(balance.asOf()))
        .map(Accrual::percent)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }

  private static Posting paymentEntry(Allocation allocation, LocalDate day) {
    return new Posting(
        LedgerEntryKind.PAYMENT, allocation.component(), allocation.amount().negate(), day);
  }

  private static List<Part> parts(Imputation imputation) {
    return imputation.allocations().stream()
        .map(a -> new Part(DebtId.of(a.debtId()), a.component(), a.amount()))
        .toList();
  }
}
