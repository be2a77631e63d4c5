package io.recouvra.debts;

import io.recouvra.debts.law.DebtComponent;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.money.Money;
import java.util.List;

/**
 * How a payment was allocated: to which debts and parts, and what went to the debtor's credit
 * account. The parts and the credit add up to the payment.
 *
 * @param parts the allocations, in the order the rules made them
 * @param toCreditAccount what was paid beyond what was due; zero when nothing
 * @param closed the debts the payment settled in full
 * @param alreadyApplied whether this reference had been applied before, in which case nothing
 *     changed and {@code parts} is empty
 */
public record PaymentApplied(
    List<Part> parts, Money toCreditAccount, List<DebtId> closed, boolean alreadyApplied) {

  /** Copies the lists. */
  public PaymentApplied {
    parts = List.copyOf(parts);
    closed = List.copyOf(closed);
  }

  /**
   * Part of the payment applied to one part of one debt.
   *
   * @param debt the debt
   * @param component the part of it
   * @param amount the amount applied
   */
  public record Part(DebtId debt, DebtComponent component, Money amount) {}
}
