package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.debts.NewLawRate;
import io.recouvra.debts.NewLawRow;
import io.recouvra.debts.NewLawTerm;
import io.recouvra.debts.NewLimitationPeriod;
import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new row of a law table is checked field by field before anything is written. */
class LawRowRulesTest {
  private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
  private static final LocalDate FROM = LocalDate.of(2031, 1, 1);
  private static final LocalDate TO = LocalDate.of(2031, 6, 30);

  private static NewLawRow row(LocalDate from, LocalDate to, String reference, String note) {
    return new NewLawRow(
        from, Optional.ofNullable(to), reference, true, Optional.ofNullable(note), false);
  }

  private static NewLawRow validRow() {
    return row(FROM, TO, "  Test reference, not a real figure  ", null);
  }

  private static Outcome<LawRateRecord> rate(String percent) {
    return LawRowRules.rate(
        new NewLawRate(RateKind.ECB_MAIN_REFINANCING, percent, validRow()), "admin-1", NOW);
  }

  private static Outcome<LawTermRecord> term(TermKind kind, String value) {
    return LawRowRules.term(new NewLawTerm(kind, value, validRow()), "admin-1", NOW);
  }

  private static Outcome<LimitationPeriodRecord> period(String length) {
    return LawRowRules.period(
        new NewLimitationPeriod(
            PeriodKind.TELECOM, LimitationRegime.PRESCRIPTION, length, validRow()),
        "admin-1",
        NOW);
  }

  private static List<Tuple> problems(Outcome<?> outcome) {
    return outcome.problems().stream()
        .map(p -> tuple(String.join(".", p.field()), p.code()))
        .toList();
  }

  @Test
  void buildsTheRowToStoreFromAValidRate() {
    LawRateRecord record = rate("2.15").value().orElseThrow();

    assertThat(record.kind()).isEqualTo("ECB_MAIN_REFINANCING");
    assertThat(record.days()).isEqualTo(new LawDays(FROM, Optional.of(TO)));
    assertThat(record.figure()).isEqualTo("2.15");
    assertThat(record.facts().legalReference()).isEqualTo("Test reference, not a real figure");
    assertThat(record.facts().note()).isEmpty();
    assertThat(record.toRow().percent()).isEqualByComparingTo("2.15");
    assertThat(record.wasClosed()).isFalse();
  }

  @ParameterizedTest(name = "percent {0} is refused with {1}")
  @CsvSource({
    "'', REQUIRED",
    "'2,15', INVALID_FORMAT",
    "1e2, INVALID_FORMAT",
    "two, INVALID_FORMAT",
    "-0.5, OUT_OF_RANGE",
    "50.01, OUT_OF_RANGE",
    "215, OUT_OF_RANGE",
    "2.12345, TOO_MANY_DECIMALS",
  })
  void refusesAPercentThatIsNotASaneRate(String percent, ErrorCode code) {
    assertThat(problems(rate(percent))).containsExactly(tuple("percent", code));
  }

  @ParameterizedTest(name = "percent {0} is accepted")
  @CsvSource({"0", "0.00", "2.15", "50", "2.1500", "0.1234"})
  void acceptsZeroToFiftyWithUpToFourDecimals(String percent) {
    assertThat(rate(percent).problems()).isEmpty();
  }

  @ParameterizedTest(name = "{0} = {1} is refused with {2}")
  @CsvSource({
    "RECOVERY_INDEMNITY_EUR, 0, NOT_POSITIVE",
    "RECOVERY_INDEMNITY_EUR, -40, NOT_POSITIVE",
    "RECOVERY_INDEMNITY_EUR, 40.005, TOO_MANY_DECIMALS",
    "RECOVERY_INDEMNITY_EUR, 1000.01, OUT_OF_RANGE",
    "CONTRACT_RATE_FLOOR_FACTOR, 11, OUT_OF_RANGE",
    "JUDGMENT_SURCHARGE_DELAY_MONTHS, 2.5, TOO_MANY_DECIMALS",
    "JUDGMENT_SURCHARGE_DELAY_MONTHS, 25, OUT_OF_RANGE",
    "PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR, forty, INVALID_FORMAT",
  })
  void refusesATermFigureOutsideWhatItsKindAllows(TermKind kind, String value, ErrorCode code) {
    assertThat(problems(term(kind, value))).containsExactly(tuple("value", code));
  }

  @Test
  void acceptsTheShippedFiguresOfEveryTermKind() {
    assertThat(term(TermKind.CONTRACT_RATE_FLOOR_FACTOR, "3").problems()).isEmpty();
    assertThat(term(TermKind.RECOVERY_INDEMNITY_EUR, "40").problems()).isEmpty();
    assertThat(term(TermKind.PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR, "40.00").problems()).isEmpty();
    assertThat(term(TermKind.JUDGMENT_SURCHARGE_DELAY_MONTHS, "2").problems()).isEmpty();
  }

  @ParameterizedTest(name = "length {0} is refused with {1}")
  @CsvSource({
    "'', REQUIRED",
    "5 years, INVALID_FORMAT",
    "P30D, INVALID_FORMAT",
    "P1W, INVALID_FORMAT",
    "P, INVALID_FORMAT",
    "P-1Y, INVALID_FORMAT",
    "P0Y, NOT_POSITIVE",
    "P31Y, OUT_OF_RANGE",
    "P361M, OUT_OF_RANGE",
  })
  void refusesALengthThatIsNotYearsAndMonths(String length, ErrorCode code) {
    assertThat(problems(period(length))).containsExactly(tuple("length", code));
  }

  @Test
  void keepsALengthOfYearsAndMonthsNormalised() {
    assertThat(period("P5Y").value().orElseThrow().figure()).isEqualTo("PRESCRIPTION P5Y");
    assertThat(period("P18M").value().orElseThrow().toRow().length().toString()).isEqualTo("P1Y6M");
  }

  @Test
  void reportsEveryProblemOfTheRowAtOnceEachOnItsField() {
    NewLawRow row =
        new NewLawRow(FROM, Optional.of(FROM.minusDays(1)), " ", null, Optional.empty(), false);

    Outcome<LawRateRecord> refused =
        LawRowRules.rate(new NewLawRate(null, null, row), "admin-1", NOW);

    assertThat(problems(refused))
        .containsExactlyInAnyOrder(
            tuple("kind", ErrorCode.REQUIRED),
            tuple("percent", ErrorCode.REQUIRED),
            tuple("verified", ErrorCode.REQUIRED),
            tuple("validTo", ErrorCode.DATE_ORDER),
            tuple("legalReference", ErrorCode.REQUIRED));
    assertThat(refused.problems())
        .extracting(Problem::message)
        .contains("validTo must not be before validFrom");
  }

  @Test
  void refusesMissingDaysYearsOutOfRangeAndTextsTooLong() {
    assertThat(
            problems(
                LawRowRules.rate(
                    new NewLawRate(
                        RateKind.JUDGMENT_SURCHARGE, "5", row(null, null, "ref", "x".repeat(1001))),
                    "admin-1",
                    NOW)))
        .containsExactlyInAnyOrder(
            tuple("validFrom", ErrorCode.REQUIRED), tuple("note", ErrorCode.TOO_LONG));
    assertThat(
            problems(
                LawRowRules.rate(
                    new NewLawRate(
                        RateKind.JUDGMENT_SURCHARGE,
                        "5",
                        row(
                            LocalDate.of(1899, 12, 31),
                            LocalDate.of(3000, 1, 1),
                            "r".repeat(501),
                            null)),
                    "admin-1",
                    NOW)))
        .containsExactlyInAnyOrder(
            tuple("validFrom", ErrorCode.OUT_OF_RANGE),
            tuple("validTo", ErrorCode.OUT_OF_RANGE),
            tuple("legalReference", ErrorCode.TOO_LONG));
  }

  @Test
  void acceptsAnOpenEndedRowAndASingleDay() {
    LawRateRecord open =
        LawRowRules.rate(
                new NewLawRate(RateKind.LATE_PAYMENT_MARGIN, "10", row(FROM, null, "ref", "n")),
                "admin-1",
                NOW)
            .value()
            .orElseThrow();
    LawRateRecord oneDay =
        LawRowRules.rate(
                new NewLawRate(RateKind.LATE_PAYMENT_MARGIN, "10", row(FROM, FROM, "ref", "")),
                "admin-1",
                NOW)
            .value()
            .orElseThrow();

    assertThat(open.days().isOpenEnded()).isTrue();
    assertThat(open.toRow().validTo()).isEqualTo(LocalDate.MAX);
    assertThat(open.figure()).isEqualTo("10.00");
    assertThat(oneDay.days().last()).isEqualTo(FROM);
  }

  @Test
  void refusesAPeriodWithoutItsRegime() {
    Outcome<LimitationPeriodRecord> refused =
        LawRowRules.period(
            new NewLimitationPeriod(PeriodKind.TELECOM, null, "P1Y", validRow()), "admin-1", NOW);

    assertThat(problems(refused)).containsExactly(tuple("regime", ErrorCode.REQUIRED));
  }
}
