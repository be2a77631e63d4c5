package io.recouvra.debts;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The shipped tables cover every kind from 2024 to 2026 H1 and leave 2026 H2 of the ECB rate and of
 * both legal interest rates unknown, on purpose: those figures are not sourced (domain-rules.md
 * section 4).
 */
class LawTableGapsTest {
  private static final LawTables SHIPPED = LawTablesCsv.seed();

  @Test
  void theSecondHalfOf2026LacksTheEcbRateAndBothLegalInterestRates() {
    LawTableGaps gaps = LawTableGaps.of(SHIPPED, LocalDate.of(2026, 12, 4));

    assertThat(gaps.day()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(gaps.rateKinds())
        .containsExactly(
            RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR,
            RateKind.LEGAL_INTEREST_OTHER_CREDITOR,
            RateKind.ECB_MAIN_REFINANCING);
    assertThat(gaps.termKinds()).isEmpty();
    assertThat(gaps.periodKinds()).isEmpty();
    assertThat(gaps.isEmpty()).isFalse();
  }

  @Test
  void everyKindIsKnownInTheFirstHalfOf2025AndOnTheLastDayOf2026H1() {
    assertThat(LawTableGaps.of(SHIPPED, LocalDate.of(2025, 3, 1)).isEmpty()).isTrue();
    assertThat(LawTableGaps.of(SHIPPED, LocalDate.of(2026, 6, 30)).isEmpty()).isTrue();
    assertThat(LawTableGaps.of(SHIPPED, LocalDate.of(2026, 7, 1)).rateKinds()).hasSize(3);
  }

  @Test
  void beforeTheLoadedHistoryEveryRateAndTermIsUnknownButThePeriodsHold() {
    LawTableGaps gaps = LawTableGaps.of(SHIPPED, LocalDate.of(2023, 12, 31));

    assertThat(gaps.rateKinds()).containsExactly(RateKind.values());
    assertThat(gaps.termKinds()).containsExactly(TermKind.values());
    assertThat(gaps.periodKinds()).isEmpty();
    assertThat(LawTableGaps.of(SHIPPED, LocalDate.of(2016, 6, 30)).periodKinds())
        .containsExactly(PeriodKind.values());
  }
}
