package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures read back from four-decimal columns are written as people write them. */
class LawFiguresTest {

  @ParameterizedTest(name = "{0} reads as {1} %")
  @CsvSource({"4.5000, 4.50", "10.0000, 10.00", "2.1500, 2.15", "0.1250, 0.125", "0.0000, 0.00"})
  void percentagesKeepAtLeastTwoDecimals(String stored, String written) {
    assertThat(LawFigures.percent(new BigDecimal(stored)).toPlainString()).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({"40.0000, 40", "10.0000, 10", "3.0000, 3", "2.5000, 2.5", "1000.0000, 1000"})
  void otherFiguresKeepOnlyTheDecimalsTheyNeed(String stored, String written) {
    assertThat(LawFigures.plain(new BigDecimal(stored)).toPlainString()).isEqualTo(written);
  }

  @Test
  void theValueNeverChanges() {
    assertThat(LawFigures.percent(new BigDecimal("4.5000"))).isEqualByComparingTo("4.5");
  }
}
