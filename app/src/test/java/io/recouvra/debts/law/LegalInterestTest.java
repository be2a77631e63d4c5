package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LatePaymentPenaltiesTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Legal interest from the receipt of a formal notice (Code civil 1231-6, 1344-1), by hand. */
class LegalInterestTest {

  private static final LegalInterest LEGAL_INTEREST = new LegalInterest(LawTablesCsv.seed());

  @Test
  void aBusinessCreditorUsesTheOtherColumnSplitAtFirstJuly() {
    // 3000.00, notice received 2025-06-15, paid 2025-07-15; the first day counted is 06-16.
    // 06-16..06-30: 15 days at 3.71; 07-01..07-15: 15 days at 2.76
    // 3000 x 15 x (3.71 + 2.76) / 36500 = 291150 / 36500 = 7.9767... -> 7.98
    InterestAccrual accrual =
        LEGAL_INTEREST.accrue(
            LegalInterestClaim.of(
                eur("3000.00"), day("2025-06-15"), day("2025-07-15"), CreditorCategory.OTHER));

    assertThat(accrual.periods()).extracting(AccrualPeriod::days).containsExactly(15L, 15L);
    assertThat(accrual.periods().get(0).from()).isEqualTo(day("2025-06-16"));
    assertThat(accrual.total()).isEqualTo(eur("7.98"));
  }

  @Test
  void aNaturalPersonCreditorUsesTheFirstColumn() {
    // Same dates: 3000 x 15 x (7.21 + 6.65) / 36500 = 3000 x 207.9 / 36500 = 623700 / 36500
    //   = 17.0876... -> 17.09
    InterestAccrual accrual =
        LEGAL_INTEREST.accrue(
            LegalInterestClaim.of(
                eur("3000.00"),
                day("2025-06-15"),
                day("2025-07-15"),
                CreditorCategory.NATURAL_PERSON_OUTSIDE_TRADE));

    assertThat(accrual.periods())
        .extracting(period -> period.percent().toPlainString())
        .containsExactly("7.21", "6.65");
    assertThat(accrual.total()).isEqualTo(eur("17.09"));
  }

  @Test
  void fivePointsAreAddedTwoMonthsAfterTheJudgmentBecomesEnforceable() {
    // Enforceable 2025-03-15; two months end on 2025-05-15 (CPC 641), surcharge from 05-16.
    // 10000.00, notice received 2025-04-30, until 2025-05-31:
    // 05-01..05-15: 15 days at 3.71 = 55.65; 05-16..05-31: 16 days at 3.71 + 5 = 8.71 -> 139.36
    // 10000 x (55.65 + 139.36) / 36500 = 1 950 100 / 36500 = 53.4273... -> 53.43
    LegalInterestClaim claim =
        new LegalInterestClaim(
            eur("10000.00"),
            day("2025-04-30"),
            day("2025-05-31"),
            CreditorCategory.OTHER,
            Optional.of(day("2025-03-15")),
            List.of());

    InterestAccrual accrual = LEGAL_INTEREST.accrue(claim);

    assertThat(accrual.periods())
        .extracting(AccrualPeriod::to)
        .containsExactly(day("2025-05-15"), day("2025-05-31"));
    assertThat(accrual.periods().get(1).basis()).contains("+ 5 points").contains("L313-3");
    assertThat(accrual.total()).isEqualTo(eur("53.43"));
  }

  @Test
  void theSurchargeDelayEndingInAShortMonthEndsOnItsLastDay() {
    // Enforceable 2024-12-31 + 2 months: no 31 February, so the delay ends 2025-02-28 (CPC 641).
    DailyRate rate =
        LEGAL_INTEREST.dailyRate(CreditorCategory.OTHER, Optional.of(day("2024-12-31")));

    assertThat(rate.on(day("2025-02-28")).percent()).isEqualByComparingTo("3.71");
    assertThat(rate.on(day("2025-02-28")).validThrough()).isEqualTo(day("2025-02-28"));
    assertThat(rate.on(day("2025-03-01")).percent()).isEqualByComparingTo("8.71");
  }

  @Test
  void aPartialPaymentReducesTheBaseFromTheNextDay() {
    // 2000.00, notice received 2025-01-10, 500.00 paid 2025-01-20, until 2025-01-30 at 3.71:
    // 01-11..01-20: 10 days on 2000; 01-21..01-30: 10 days on 1500
    // 3.71 x (20000 + 15000) / 36500 = 129850 / 36500 = 3.5575... -> 3.56
    LegalInterestClaim claim =
        new LegalInterestClaim(
            eur("2000.00"),
            day("2025-01-10"),
            day("2025-01-30"),
            CreditorCategory.OTHER,
            Optional.empty(),
            List.of(BaseChange.payment(day("2025-01-20"), eur("500.00"))));

    assertThat(LEGAL_INTEREST.accrue(claim).total()).isEqualTo(eur("3.56"));
  }

  @Test
  void theSecondHalfOf2026IsAnExplicitError() {
    LegalInterestClaim claim =
        LegalInterestClaim.of(
            eur("100.00"), day("2026-06-01"), day("2026-07-05"), CreditorCategory.OTHER);

    assertThatThrownBy(() -> LEGAL_INTEREST.accrue(claim))
        .isInstanceOfSatisfying(
            RateUnknownException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RateKind.LEGAL_INTEREST_OTHER_CREDITOR);
              assertThat(e.day()).isEqualTo(LocalDate.parse("2026-07-01"));
            });
  }
}
