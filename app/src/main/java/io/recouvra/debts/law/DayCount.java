package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The one day-count convention of Recouvra (ADR 0004, ADR 0011): each day counted accrues one 365th
 * of the annual rate, in leap years too (a 366-day year still divides by 365, so a full leap year
 * accrues 366/365 of the annual rate). It is a policy: domain-rules.md section 4 leaves the choice
 * open, and the documents that show interest say so.
 */
public enum DayCount {
  /** Actual days over 365. */
  ACTUAL_365_FIXED;

  /** Days per year the annual rate is divided by. */
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

  /** Precision kept for an unrounded period amount (34 significant digits). */
  private static final MathContext UNROUNDED = MathContext.DECIMAL128;

  /** Days from {@code first} to {@code last}, both counted; zero when {@code last} is earlier. */
  public long daysIn(LocalDate first, LocalDate last) {
    return Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
  }

  /**
   * What {@code base} accrues over {@code days} days at {@code percent} a year, unrounded: base x
   * percent / 100 x days / 365, to 34 significant digits.
   */
  public BigDecimal accrued(BigDecimal base, BigDecimal percent, long days) {
    return numerator(base, percent, days).divide(divisor(), UNROUNDED);
  }

  /**
   * The sum of what the {@code periods} accrue, rounded once {@code HALF_UP} to {@code scale}
   * decimals. The exact products are added before the one division, so the result is the exact sum
   * correctly rounded, whatever the number of periods.
   */
  public BigDecimal roundedTotal(List<AccrualPeriod> periods, int scale) {
    BigDecimal sum =
        periods.stream()
            .map(period -> numerator(period.base().amount(), period.percent(), period.days()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(divisor(), scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal numerator(BigDecimal base, BigDecimal percent, long days) {
    return base.multiply(percent).multiply(BigDecimal.valueOf(days));
  }

  private static BigDecimal divisor() {
    return PERCENT.multiply(DAYS_PER_YEAR);
  }
}
