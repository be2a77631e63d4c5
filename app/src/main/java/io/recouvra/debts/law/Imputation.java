package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * How a payment was allocated: the allocations in the order they were made, and what is left for
 * the debtor's credit account. The allocations and the remainder add up to the payment.
 *
 * @param allocations the allocations, in order
 * @param toCreditAccount what was paid beyond what is due, zero when nothing
 */
public record Imputation(List<Allocation> allocations, Money toCreditAccount) {

  /** Copies the allocations and checks that nothing is missing. */
  public Imputation {
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(toCreditAccount, "toCreditAccount");
  }

  /** The sum of the allocations. */
  public Money allocated() {
    return allocations.stream()
        .map(Allocation::amount)
        .reduce(Money.zero(toCreditAccount.currency()), Money::plus);
  }
}
