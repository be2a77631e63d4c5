package io.recouvra.debts.internal;

import static io.recouvra.debts.internal.LawRowsForTests.ecb;
import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.debts.law.LimitationPeriodTable;
import io.recouvra.debts.law.RateTable;
import io.recouvra.debts.law.TermTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Start-up inserts the shipped rows the database lacks, never rewrites a stored one, and reports
 * what differs.
 */
class LawSeedPlanTest {
  private static final LawTables SHIPPED = LawTablesCsv.seed();

  private static List<LawRateRecord> shippedRates() {
    return SHIPPED.rates().rows().stream()
        .map(row -> LawRateRecord.shipped(row, LawRowWriter.SEEDER, LawRowsForTests.ADDED))
        .toList();
  }

  @Test
  void insertsEveryShippedRowIntoAnEmptyDatabase() {
    LawSeedPlan<LawRateRecord> plan = LawSeedPlan.of(shippedRates(), List.of());

    assertThat(plan.toInsert()).hasSize(SHIPPED.rates().rows().size());
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.notices()).isEmpty();
  }

  @Test
  void insertsNothingWhenTheShippedRowsAreStoredAlready() {
    LawSeedPlan<LawRateRecord> plan = LawSeedPlan.of(shippedRates(), shippedRates());

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.notices()).isEmpty();
  }

  @Test
  void insertsOnlyTheRowsOfANewReleaseThatAreMissing() {
    List<LawRateRecord> stored = shippedRates().subList(0, 3);

    LawSeedPlan<LawRateRecord> plan = LawSeedPlan.of(shippedRates(), stored);

    assertThat(plan.toInsert()).hasSize(SHIPPED.rates().rows().size() - 3);
    assertThat(plan.toInsert())
        .extracting(LawRowRecord::facts)
        .doesNotContainAnyElementsOf(stored.stream().map(LawRowRecord::facts).toList());
  }

  @Test
  void keepsTheStoredRowAndWarnsWhenItsFigureDiffersFromTheShippedOne() {
    List<LawRateRecord> shipped = List.of(ecb("2026-01-01", "2026-06-30", "2.15"));
    List<LawRateRecord> stored = List.of(ecb("2026-01-01", "2026-06-30", "2.40"));

    LawSeedPlan<LawRateRecord> plan = LawSeedPlan.of(shipped, stored);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings())
        .containsExactly(
            "shipped the ECB_MAIN_REFINANCING row from 2026-01-01 to 2026-06-30 says 2.15 but the"
                + " stored row from 2026-01-01 to 2026-06-30 says 2.40; the stored row is kept");
  }

  @Test
  void neitherInsertsNorOverwritesARowThatWouldOverlapAStoredOne() {
    List<LawRateRecord> shipped = List.of(ecb("2026-07-01", "2026-12-31", "2.00"));
    List<LawRateRecord> stored = List.of(ecb("2026-06-01", null, "2.10"));

    LawSeedPlan<LawRateRecord> plan = LawSeedPlan.of(shipped, stored);

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings())
        .containsExactly(
            "shipped the ECB_MAIN_REFINANCING row from 2026-07-01 to 2026-12-31 overlaps a stored"
                + " row of its kind and was not added");
  }

  @Test
  void acceptsAShippedOpenRowThatAnAdministratorEndedSinceAndNotesOtherDifferences() {
    LawRateRecord closed = ecb("2024-01-01", null, "10");
    closed.close(LocalDate.of(2030, 12, 31), "admin-1", LawRowsForTests.ADDED);
    LawRateRecord shipped = ecb("2024-01-01", null, "10");
    LawRateRecord otherNote =
        new LawRateRecord(
            new LawRowFacts(
                "JUDGMENT_SURCHARGE",
                new LawDays(LocalDate.of(2024, 1, 1), Optional.empty()),
                "test reference",
                true,
                "a later release explains more"),
            new BigDecimal("5"),
            LawRowWriter.SEEDER,
            LawRowsForTests.ADDED);
    LawRateRecord storedNote = LawRowsForTests.rate("JUDGMENT_SURCHARGE", "2024-01-01", null, "5");

    LawSeedPlan<LawRateRecord> plan =
        LawSeedPlan.of(List.of(shipped, otherNote), List.of(closed, storedNote));

    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.warnings()).isEmpty();
    assertThat(plan.notices())
        .containsExactly(
            "shipped the JUDGMENT_SURCHARGE row from 2024-01-01, with no end differs from the"
                + " stored row in its reference, flag or note");
  }

  @Test
  void shippedRowsReadBackAsTheRulesHoldThem() {
    LawTables readBack =
        new LawTables(
            new RateTable(shippedRates().stream().map(LawRateRecord::toRow).toList()),
            new TermTable(
                SHIPPED.terms().rows().stream()
                    .map(r -> LawTermRecord.shipped(r, "system", LawRowsForTests.ADDED).toRow())
                    .toList()),
            new LimitationPeriodTable(
                SHIPPED.periods().rows().stream()
                    .map(
                        r ->
                            LimitationPeriodRecord.shipped(r, "system", LawRowsForTests.ADDED)
                                .toRow())
                    .toList()));

    assertThat(readBack.periods().rows()).isEqualTo(SHIPPED.periods().rows());
    assertThat(readBack.terms().rows()).isEqualTo(SHIPPED.terms().rows());
    assertThat(readBack.rates().rows())
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("percent")
        .isEqualTo(SHIPPED.rates().rows());
    for (int i = 0; i < SHIPPED.rates().rows().size(); i++) {
      assertThat(readBack.rates().rows().get(i).percent())
          .isEqualByComparingTo(SHIPPED.rates().rows().get(i).percent());
    }
  }
}
