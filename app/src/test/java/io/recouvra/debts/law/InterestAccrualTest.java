package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LatePaymentPenaltiesTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day count and the single rounding of accrual totals (ADR 0004, ADR 0011). */
class InterestAccrualTest {

  /** 1 % a year, each day its own period, so every day is a separate unrounded amount. */
  private static final DailyRate ONE_PERCENT_EACH_DAY =
      day -> new AppliedRate(BigDecimal.ONE, day, "one percent");

  @Test
  void daysAreCountedInclusiveAcrossALeapDay() {
    assertThat(DayCount.ACTUAL_365_FIXED.daysIn(day("2024-02-28"), day("2024-03-01"))).isEqualTo(3);
    assertThat(DayCount.ACTUAL_365_FIXED.daysIn(day("2025-02-28"), day("2025-03-01"))).isEqualTo(2);
    assertThat(DayCount.ACTUAL_365_FIXED.daysIn(day("2025-03-01"), day("2025-02-28"))).isZero();
  }

  @Test
  void aYearAtOnePercentOn36500IsOneEuroPerDay() {
    // 36500 x 1 / 100 x 1 / 365 = 1 exactly
    assertThat(DayCount.ACTUAL_365_FIXED.accrued(new BigDecimal("36500"), BigDecimal.ONE, 1))
        .isEqualByComparingTo("1");
  }

  @Test
  void halfACentIsRoundedUp() {
    // 182.50 x 1 / 100 x 1 / 365 = 0.005 -> HALF_UP 0.01 (HALF_EVEN would give 0.00)
    InterestAccrual accrual =
        InterestAccrual.accrue(
            eur("182.50"), day("2025-01-01"), day("2025-01-01"), ONE_PERCENT_EACH_DAY, List.of());

    assertThat(accrual.total()).isEqualTo(eur("0.01"));
  }

  @Test
  void theTotalIsRoundedOnceNotPerPeriod() {
    // 146.00 x 1 / 36500 = 0.004 a day; two one-day periods: 0.004 + 0.004 = 0.008 -> 0.01.
    // Rounding each period first would give 0.00 + 0.00.
    InterestAccrual accrual =
        InterestAccrual.accrue(
            eur("146.00"), day("2025-01-01"), day("2025-01-02"), ONE_PERCENT_EACH_DAY, List.of());

    assertThat(accrual.periods()).hasSize(2);
    assertThat(accrual.periods().get(0).amount()).isEqualByComparingTo("0.004");
    assertThat(accrual.total()).isEqualTo(eur("0.01"));
  }

  @Test
  void daysWithAZeroBaseAccrueNothingAndAskForNoRate() {
    DailyRate failing =
        day -> {
          if (day.isAfter(LocalDate.parse("2025-01-05"))) {
            throw new RateUnknownException(RateKind.ECB_MAIN_REFINANCING, day);
          }
          return new AppliedRate(BigDecimal.TEN, LocalDate.MAX, "ten");
        };

    InterestAccrual accrual =
        InterestAccrual.accrue(
            eur("100.00"),
            day("2025-01-01"),
            day("2025-12-31"),
            failing,
            List.of(BaseChange.payment(day("2025-01-05"), eur("100.00"))));

    // 01-01..01-05 on 100 at 10 %: 100 x 10 x 5 / 36500 = 0.1369... -> 0.14
    assertThat(accrual.periods()).singleElement().satisfies(p -> assertThat(p.days()).isEqualTo(5));
    assertThat(accrual.total()).isEqualTo(eur("0.14"));
  }

  @Test
  void aBaseTakenBelowZeroIsRefused() {
    assertThatThrownBy(
            () ->
                InterestAccrual.accrue(
                    eur("100.00"),
                    day("2025-01-01"),
                    day("2025-01-31"),
                    ONE_PERCENT_EACH_DAY,
                    List.of(BaseChange.payment(day("2025-01-05"), eur("100.01")))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
