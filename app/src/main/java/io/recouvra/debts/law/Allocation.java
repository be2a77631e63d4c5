package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.util.Objects;

/**
 * Part of a payment applied to one component of one debt.
 *
 * @param debtId the debt
 * @param component the component it settles
 * @param amount the amount applied, above zero
 */
public record Allocation(String debtId, DebtComponent component, Money amount) {

  /** Checks that nothing is missing. */
  public Allocation {
    Objects.requireNonNull(debtId, "debtId");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(amount, "amount");
  }
}
