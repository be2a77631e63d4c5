package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The annual rate that applies on a day, how long it holds unchanged, and how it was made.
 *
 * @param percent the rate in percent per year
 * @param validThrough the last day, inclusive, on which the same rows give this rate
 * @param basis how the rate was made, for the explanation of a statement (e.g. {@code "ECB 4.25 +
 *     10 points (Code de commerce L441-10)"})
 */
public record AppliedRate(BigDecimal percent, LocalDate validThrough, String basis) {

  /** Checks that nothing is missing and the rate is not negative. */
  public AppliedRate {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(validThrough, "validThrough");
    Objects.requireNonNull(basis, "basis");
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("a rate of interest is not negative: " + percent);
    }
  }
}
