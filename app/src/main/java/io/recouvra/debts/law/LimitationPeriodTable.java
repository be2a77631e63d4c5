package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The dated lengths of time limitation reads, chosen by the day the period starts. Rows of one kind
 * may not overlap; a day no row covers is an error ({@link RateUnknownException}).
 */
public final class LimitationPeriodTable {

  private final DatedRows<PeriodKind, LimitationPeriod> rows;

  /**
   * A table of {@code rows}.
   *
   * @throws IllegalArgumentException when two rows of the same kind overlap or a row ends before it
   *     starts
   */
  public LimitationPeriodTable(Collection<LimitationPeriod> rows) {
    this.rows = new DatedRows<>(rows, RateUnknownException::new);
  }

  /**
   * The period of {@code kind} for a period starting on {@code startDay}.
   *
   * @throws RateUnknownException when no row covers that day
   */
  public LimitationPeriod periodFor(PeriodKind kind, LocalDate startDay) {
    return rows.on(kind, startDay);
  }

  /** Every row, in the order given. */
  public List<LimitationPeriod> rows() {
    return rows.rows();
  }
}
