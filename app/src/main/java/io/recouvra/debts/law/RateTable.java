package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The dated percentages of the law: legal interest per half-year and creditor category, the ECB
 * rate per half-year, and the margins added to them. Rows of one kind may not overlap; a day no row
 * covers is an error ({@link RateUnknownException}), never zero.
 */
public final class RateTable {

  private final DatedRows<RateKind, DatedRate> rows;

  /**
   * A table of {@code rows}.
   *
   * @throws IllegalArgumentException when two rows of the same kind overlap or a row ends before it
   *     starts
   */
  public RateTable(Collection<DatedRate> rows) {
    this.rows = new DatedRows<>(rows, RateUnknownException::new);
  }

  /**
   * The row of {@code kind} in force on {@code day}.
   *
   * @throws RateUnknownException when no row covers that day
   */
  public DatedRate rowOn(RateKind kind, LocalDate day) {
    return rows.on(kind, day);
  }

  /**
   * The percentage of {@code kind} on {@code day}.
   *
   * @throws RateUnknownException when no row covers that day
   */
  public BigDecimal percentOn(RateKind kind, LocalDate day) {
    return rowOn(kind, day).percent();
  }

  /** Every row, in the order given. */
  public List<DatedRate> rows() {
    return rows.rows();
  }
}
