package io.recouvra.debts.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Penalties between professionals (Code de commerce L441-10), worked by hand. Formula, as the
 * bpifrance-creation.fr guide states it ("Intérêt de retard = montant impayé X taux d'intérêt X
 * nombre de jours de retard / 365"): base x rate / 100 x days / 365, summed over the half-years,
 * rounded once to the cent.
 */
class LatePaymentPenaltiesTest {

  private static final LatePaymentPenalties PENALTIES =
      new LatePaymentPenalties(LawTablesCsv.seed());

  @Test
  void aDelayCrossingFirstJulyIsSplitAtTheEcbRateOfEachHalfYear() {
    // 1000.00 due 2024-06-20, paid 2024-07-10.
    // 2024-06-21..06-30: 10 days at 4.50 + 10 = 14.50 -> 1000 x 14.50 x 10 / 36500 = 3.9726...
    // 2024-07-01..07-10: 10 days at 4.25 + 10 = 14.25 -> 1000 x 14.25 x 10 / 36500 = 3.9041...
    // total (145000 + 142500) / 36500 = 7.8767... -> 7.88
    InterestAccrual accrual =
        PENALTIES.accrue(
            LatePayment.commercial(eur("1000.00"), day("2024-06-20"), day("2024-07-10")));

    assertThat(accrual.periods()).hasSize(2);
    AccrualPeriod june = accrual.periods().get(0);
    assertThat(june.from()).isEqualTo(day("2024-06-21"));
    assertThat(june.to()).isEqualTo(day("2024-06-30"));
    assertThat(june.days()).isEqualTo(10);
    assertThat(june.percent()).isEqualByComparingTo("14.50");
    assertThat(june.amount()).isCloseTo(new BigDecimal("3.9726027"), within("0.0000001"));
    AccrualPeriod july = accrual.periods().get(1);
    assertThat(july.from()).isEqualTo(day("2024-07-01"));
    // bpifrance-creation.fr: "depuis juin 2024, ce taux est [...] 4,25 soit au total 14,25 %"
    assertThat(july.percent()).isEqualByComparingTo("14.25");
    assertThat(july.basis()).contains("ECB 4.25 + 10 points").contains("L441-10");
    assertThat(accrual.total()).isEqualTo(eur("7.88"));
  }

  @Test
  void aLeapYearCounts366DaysOver365() {
    // 10000.00 due 2023-12-31, still unpaid on 2024-12-31: 366 days.
    // 2024 H1: 182 days (31+29+31+30+31+30) at 14.50 -> 182 x 14.50 = 2639
    // 2024 H2: 184 days at 14.25 -> 184 x 14.25 = 2622
    // 10000 x (2639 + 2622) / 36500 = 52 610 000 / 36500 = 1441.3698... -> 1441.37
    // (more than the 1436.67 a 365-day count would give: the leap day accrues too)
    InterestAccrual accrual =
        PENALTIES.accrue(
            LatePayment.commercial(eur("10000.00"), day("2023-12-31"), day("2024-12-31")));

    assertThat(accrual.periods()).extracting(AccrualPeriod::days).containsExactly(182L, 184L);
    assertThat(accrual.total()).isEqualTo(eur("1441.37"));
  }

  @Test
  void aContractRateUnderTheFloorIsReplacedByTheFloor() {
    // Contract rate 9 % in 2024 H2; floor = 3 x 4.92 = 14.76 (bpifrance-creation.fr: "Au second
    // semestre 2024 : 14,76 % (3 X 4,92 %)"). 5000.00 due 2024-09-30, paid 2024-10-30: 30 days.
    // 5000 x 14.76 x 30 / 36500 = 2 214 000 / 36500 = 60.6575... -> 60.66
    InterestAccrual accrual =
        PENALTIES.accrue(contract("5000.00", "2024-09-30", "2024-10-30", "9"));

    assertThat(accrual.periods())
        .singleElement()
        .satisfies(
            period -> {
              assertThat(period.percent()).isEqualByComparingTo("14.76");
              assertThat(period.basis()).contains("floor").contains("contract rate 9 below it");
            });
    assertThat(accrual.total()).isEqualTo(eur("60.66"));
  }

  @Test
  void aContractRateAboveTheFloorApplies() {
    // 15 % >= 14.76: 5000 x 15 x 30 / 36500 = 2 250 000 / 36500 = 61.6438... -> 61.64
    InterestAccrual accrual =
        PENALTIES.accrue(contract("5000.00", "2024-09-30", "2024-10-30", "15"));

    assertThat(accrual.periods())
        .singleElement()
        .satisfies(
            period -> {
              assertThat(period.percent()).isEqualByComparingTo("15");
              assertThat(period.basis()).isEqualTo("contract rate 15");
            });
    assertThat(accrual.total()).isEqualTo(eur("61.64"));
  }

  @Test
  void theFloorIsCheckedDayByDayAcrossFirstJanuary() {
    // Contract 12 %; 2000.00 due 2024-12-21, paid 2025-01-10.
    // 2024-12-22..12-31: 10 days, floor 3 x 4.92 = 14.76 > 12 -> 14.76
    // 2025-01-01..01-10: 10 days, floor 3 x 3.71 = 11.13 < 12 -> 12
    // 2000 x (10 x 14.76 + 10 x 12) / 36500 = 2000 x 267.6 / 36500 = 14.6630... -> 14.66
    InterestAccrual accrual =
        PENALTIES.accrue(contract("2000.00", "2024-12-21", "2025-01-10", "12"));

    assertThat(accrual.periods())
        .extracting(AccrualPeriod::percent)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("14.76"), new BigDecimal("12"));
    assertThat(accrual.total()).isEqualTo(eur("14.66"));
  }

  @Test
  void theFloorNeverBoundsTheDefaultRate() {
    // 2024 H1: default 4.50 + 10 = 14.50, below the floor 3 x 5.07 = 15.21; the default stays.
    AppliedRate rate =
        PENALTIES.dailyRate(PenaltyRegime.COMMERCIAL, Optional.empty()).on(day("2024-03-01"));

    assertThat(rate.percent()).isEqualByComparingTo("14.50");
    assertThat(rate.validThrough()).isEqualTo(day("2024-06-30"));
  }

  @Test
  void partialPaymentsReduceTheBaseFromTheNextDay() {
    // 1000.00 due 2025-01-31; 600.00 paid and applied on 2025-02-10; the rest until 2025-02-28.
    // 2025 H1 rate 3.15 + 10 = 13.15.
    // 02-01..02-10: 10 days on 1000 (the payment day still on the former base)
    // 02-11..02-28: 18 days on 400
    // 13.15 x (1000 x 10 + 400 x 18) / 36500 = 13.15 x 17200 / 36500 = 226180 / 36500
    //   = 6.1967... -> 6.20
    LatePayment late =
        new LatePayment(
            eur("1000.00"),
            day("2025-01-31"),
            day("2025-02-28"),
            PenaltyRegime.COMMERCIAL,
            Optional.empty(),
            List.of(BaseChange.payment(day("2025-02-10"), eur("600.00"))));

    InterestAccrual accrual = PENALTIES.accrue(late);

    assertThat(accrual.periods()).extracting(AccrualPeriod::days).containsExactly(10L, 18L);
    assertThat(accrual.periods())
        .extracting(p -> p.base())
        .containsExactly(eur("1000.00"), eur("400.00"));
    assertThat(accrual.total()).isEqualTo(eur("6.20"));
  }

  @Test
  void aPublicSectorBuyerPaysTheEcbRatePlusEight() {
    // 2025 H2: 2.15 + 8 = 10.15; 1000.00 due 2025-07-31, paid 2025-08-30: 30 days.
    // 1000 x 10.15 x 30 / 36500 = 304500 / 36500 = 8.3424... -> 8.34
    LatePayment late =
        new LatePayment(
            eur("1000.00"),
            day("2025-07-31"),
            day("2025-08-30"),
            PenaltyRegime.PUBLIC_PROCUREMENT,
            Optional.empty(),
            List.of());

    assertThat(PENALTIES.accrue(late).total()).isEqualTo(eur("8.34"));
  }

  @Test
  void aPaymentOnOrBeforeTheDueDateAccruesNothing() {
    InterestAccrual onTime =
        PENALTIES.accrue(
            LatePayment.commercial(eur("1000.00"), day("2025-03-31"), day("2025-03-31")));

    assertThat(onTime.periods()).isEmpty();
    assertThat(onTime.total()).isEqualTo(eur("0.00"));
  }

  @Test
  void theSecondHalfOf2026IsAnExplicitErrorNotZero() {
    LatePayment late = LatePayment.commercial(eur("1000.00"), day("2026-06-20"), day("2026-07-10"));

    assertThatThrownBy(() -> PENALTIES.accrue(late))
        .isInstanceOfSatisfying(
            RateUnknownException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RateKind.ECB_MAIN_REFINANCING);
              assertThat(e.day()).isEqualTo(day("2026-07-01"));
            });
  }

  @Test
  void aPublicProcurementDebtTakesNoContractRate() {
    assertThatThrownBy(
            () ->
                new LatePayment(
                    eur("1.00"),
                    day("2025-01-01"),
                    day("2025-02-01"),
                    PenaltyRegime.PUBLIC_PROCUREMENT,
                    Optional.of(BigDecimal.TEN),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LatePayment contract(String base, String due, String until, String percent) {
    return new LatePayment(
        eur(base),
        day(due),
        day(until),
        PenaltyRegime.COMMERCIAL,
        Optional.of(new BigDecimal(percent)),
        List.of());
  }

  static org.assertj.core.data.Offset<BigDecimal> within(String offset) {
    return org.assertj.core.data.Offset.offset(new BigDecimal(offset));
  }

  static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
