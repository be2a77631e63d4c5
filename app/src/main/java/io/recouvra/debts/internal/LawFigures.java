package io.recouvra.debts.internal;

import java.math.BigDecimal;

/**
 * How figures read back from the law tables are written: the columns keep four decimals, which
 * would turn 2.15 into 2.1500. Percentages keep at least two decimals, as rates are written (4.50,
 * 10.00); other figures keep only the decimals they need (40, 3).
 */
final class LawFigures {

  private LawFigures() {}

  static BigDecimal percent(BigDecimal stored) {
    BigDecimal plain = plain(stored);
    return plain.setScale(Math.max(2, plain.scale()));
  }

  static BigDecimal plain(BigDecimal stored) {
    BigDecimal stripped = stored.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
