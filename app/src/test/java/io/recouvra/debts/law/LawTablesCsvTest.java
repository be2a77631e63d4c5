package io.recouvra.debts.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed CSV files load into the tables with the figures of domain-rules.md section 4. */
class LawTablesCsvTest {

  private static final LawTables SEED = LawTablesCsv.seed();

  @Test
  void legalInterestHasBothColumnsForEachHalfYearFrom2024To2026H1() {
    RateTable rates = SEED.rates();
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR, day("2024-06-30")))
        .isEqualByComparingTo("8.01");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2024-01-01")))
        .isEqualByComparingTo("5.07");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR, day("2024-07-01")))
        .isEqualByComparingTo("8.16");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2024-12-31")))
        .isEqualByComparingTo("4.92");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR, day("2025-03-01")))
        .isEqualByComparingTo("7.21");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2025-03-01")))
        .isEqualByComparingTo("3.71");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR, day("2025-09-01")))
        .isEqualByComparingTo("6.65");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2025-09-01")))
        .isEqualByComparingTo("2.76");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR, day("2026-06-30")))
        .isEqualByComparingTo("6.67");
    assertThat(rates.percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2026-06-30")))
        .isEqualByComparingTo("2.62");
  }

  @Test
  void theEcbRateOfEachReferenceDateCoversItsHalfYear() {
    RateTable rates = SEED.rates();
    assertThat(rates.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2024-06-30")))
        .isEqualByComparingTo("4.50");
    assertThat(rates.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2024-07-01")))
        .isEqualByComparingTo("4.25");
    assertThat(rates.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2025-01-01")))
        .isEqualByComparingTo("3.15");
    assertThat(rates.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2025-12-31")))
        .isEqualByComparingTo("2.15");
    assertThat(rates.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2026-01-01")))
        .isEqualByComparingTo("2.15");
  }

  @Test
  void theSecondHalfOf2026IsAnExplicitErrorNamingKindAndDay() {
    assertThatThrownBy(
            () -> SEED.rates().percentOn(RateKind.LEGAL_INTEREST_OTHER_CREDITOR, day("2026-07-01")))
        .isInstanceOfSatisfying(
            RateUnknownException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RateKind.LEGAL_INTEREST_OTHER_CREDITOR);
              assertThat(e.day()).isEqualTo(day("2026-07-01"));
              assertThat(e).hasMessageContaining("LEGAL_INTEREST_OTHER_CREDITOR");
            });
    assertThatThrownBy(
            () -> SEED.rates().percentOn(RateKind.ECB_MAIN_REFINANCING, day("2026-07-01")))
        .isInstanceOf(RateUnknownException.class);
  }

  @Test
  void marginsTermsAndPeriodsComeFromTheData() {
    assertThat(SEED.rates().percentOn(RateKind.LATE_PAYMENT_MARGIN, day("2030-01-01")))
        .isEqualByComparingTo("10");
    assertThat(SEED.rates().percentOn(RateKind.JUDGMENT_SURCHARGE, day("2025-01-01")))
        .isEqualByComparingTo("5");
    assertThat(SEED.terms().valueOn(TermKind.CONTRACT_RATE_FLOOR_FACTOR, day("2025-01-01")))
        .isEqualByComparingTo("3");
    assertThat(SEED.terms().valueOn(TermKind.RECOVERY_INDEMNITY_EUR, day("2025-01-01")))
        .isEqualByComparingTo("40");
    assertThat(SEED.periods().periodFor(PeriodKind.GENERAL, day("2024-03-15")).length())
        .hasToString("P5Y");
    assertThat(SEED.periods().periodFor(PeriodKind.CONSUMER_CREDIT, day("2024-03-15")).regime())
        .isEqualTo(LimitationRegime.FORCLUSION);
  }

  @Test
  void whatDomainRulesSaysToVerifyIsFlaggedUnverified() {
    DatedRate publicSector = SEED.rates().rowOn(RateKind.PUBLIC_SECTOR_MARGIN, day("2025-01-01"));
    assertThat(publicSector.verified()).isFalse();
    assertThat(publicSector.note()).contains("verify");
    assertThat(SEED.periods().periodFor(PeriodKind.TELECOM, day("2025-01-01")).verified())
        .isFalse();
    assertThat(SEED.periods().periodFor(PeriodKind.CONSUMER_SUPPLY, day("2025-01-01")).verified())
        .isTrue();
    assertThat(SEED.rates().rows())
        .allSatisfy(row -> assertThat(row.legalReference()).isNotBlank());
  }

  @Test
  void overlappingRowsOfOneKindAreRefused() {
    DatedRate first = rate(RateKind.ECB_MAIN_REFINANCING, "2024-01-01", "2024-06-30", "4.50");
    DatedRate overlapping = rate(RateKind.ECB_MAIN_REFINANCING, "2024-06-30", "2024-12-31", "4.25");
    DatedRate otherKind = rate(RateKind.LATE_PAYMENT_MARGIN, "2024-01-01", "2024-12-31", "10");

    assertThatThrownBy(() -> new RateTable(List.of(first, overlapping)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> new RateTable(List.of(overlapping, first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThat(new RateTable(List.of(first, otherKind)).rows()).hasSize(2);
  }

  @Test
  void aGapBetweenRowsIsAnErrorNotZero() {
    RateTable table =
        new RateTable(
            List.of(
                rate(RateKind.ECB_MAIN_REFINANCING, "2024-01-01", "2024-06-30", "4.50"),
                rate(RateKind.ECB_MAIN_REFINANCING, "2025-01-01", "2025-06-30", "3.15")));

    assertThatThrownBy(() -> table.percentOn(RateKind.ECB_MAIN_REFINANCING, day("2024-09-01")))
        .isInstanceOf(RateUnknownException.class);
  }

  @Test
  void quotedFieldsAndEmptyValidToAreRead() {
    String csv =
        "kind,valid_from,valid_to,rate,legal_reference,verified,note\n"
            + "ECB_MAIN_REFINANCING,2024-01-01,,4.50,\"ECB, \"\"main\"\" rate\",true,\n";

    List<DatedRate> rows = LawTablesCsv.rates(new StringReader(csv));

    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.legalReference()).isEqualTo("ECB, \"main\" rate");
              assertThat(row.validTo()).isEqualTo(LocalDate.MAX);
              assertThat(row.percent()).isEqualByComparingTo("4.50");
              assertThat(row.note()).isEmpty();
            });
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    String csv =
        "kind,valid_from,valid_to,rate,legal_reference,verified,note\n"
            + "ECB_MAIN_REFINANCING,2024-01-01,,4.50,ref,true,\n"
            + "ECB_MAIN_REFINANCING,2024-07-01,,four,ref,true,\n";

    assertThatThrownBy(() -> LawTablesCsv.rates(new StringReader(csv)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3");
    assertThatThrownBy(
            () ->
                LawTablesCsv.rates(
                    new StringReader(
                        "kind,valid_from,valid_to,rate,legal_reference,verified,note\n"
                            + "ECB_MAIN_REFINANCING,2024-01-01,,4.50,ref,yes,\n")))
        .hasMessageContaining("verified");
  }

  static DatedRate rate(RateKind kind, String from, String to, String percent) {
    return new DatedRate(kind, day(from), day(to), new BigDecimal(percent), "test", true, "");
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
