package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The dated figures of the law that are not percentages. Rows of one kind may not overlap; a day no
 * row covers is an error ({@link RateUnknownException}).
 */
public final class TermTable {

  private final DatedRows<TermKind, DatedTerm> rows;

  /**
   * A table of {@code rows}.
   *
   * @throws IllegalArgumentException when two rows of the same kind overlap or a row ends before it
   *     starts
   */
  public TermTable(Collection<DatedTerm> rows) {
    this.rows = new DatedRows<>(rows, RateUnknownException::new);
  }

  /**
   * The row of {@code kind} in force on {@code day}.
   *
   * @throws RateUnknownException when no row covers that day
   */
  public DatedTerm rowOn(TermKind kind, LocalDate day) {
    return rows.on(kind, day);
  }

  /**
   * The figure of {@code kind} on {@code day}.
   *
   * @throws RateUnknownException when no row covers that day
   */
  public BigDecimal valueOn(TermKind kind, LocalDate day) {
    return rowOn(kind, day).value();
  }

  /** Every row, in the order given. */
  public List<DatedTerm> rows() {
    return rows.rows();
  }
}
