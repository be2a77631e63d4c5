package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Consecutive days with the same base and the same rate rows, and what they accrue, unrounded.
 *
 * @param from first day counted
 * @param to last day counted, inclusive
 * @param days number of days counted, {@code to - from + 1}
 * @param base the amount interest runs on over these days
 * @param percent the annual rate over these days
 * @param basis how the rate was made
 * @param amount base x percent / 100 x days / 365, unrounded ({@link DayCount})
 */
public record AccrualPeriod(
    LocalDate from,
    LocalDate to,
    long days,
    Money base,
    BigDecimal percent,
    String basis,
    BigDecimal amount) {

  /** Checks that nothing is missing. */
  public AccrualPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(amount, "amount");
  }
}
