package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of the amount interest runs on, applied on a day and effective from the next day: a
 * partial payment applied on 10 March still leaves 10 March accruing on the former base.
 *
 * @param appliedOn the day the change was applied
 * @param change what is added to the base; negative for a payment
 */
public record BaseChange(LocalDate appliedOn, Money change) {

  /** Checks that nothing is missing. */
  public BaseChange {
    Objects.requireNonNull(appliedOn, "appliedOn");
    Objects.requireNonNull(change, "change");
  }

  /** A partial payment of {@code amount} (positive) applied to the base on {@code appliedOn}. */
  public static BaseChange payment(LocalDate appliedOn, Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment is a positive amount: " + amount);
    }
    return new BaseChange(appliedOn, amount.negate());
  }
}
