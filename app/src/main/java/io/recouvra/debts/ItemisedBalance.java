package io.recouvra.debts;

import io.recouvra.debts.law.DebtComponent;
import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a debt's debtor owes on a day, part by part: what each part charged, what payments, credit
 * notes, settlements and write-offs took off it, and what remains due. Interest and penalties are
 * counted through that day (ADR 0015); the periods they were counted over are listed, each with its
 * rate and where the rate comes from.
 *
 * <p>When a rate the law tables do not hold yet is needed, counting stops the day before and the
 * figure is named in {@code missing}: the amounts are then a floor, never a silent zero.
 *
 * @param asOf the day the balance is computed for
 * @param lines one line per part, principal first
 * @param due what remains due on that day: the sum of the lines' due amounts
 * @param accruals the periods interest and penalties were counted over, in order
 * @param accruedThrough the last day interest or penalties were counted, if any were
 * @param missing the figures the law tables lack for the days counted; empty when none
 */
public record ItemisedBalance(
    LocalDate asOf,
    List<Line> lines,
    Money due,
    List<Accrual> accruals,
    Optional<LocalDate> accruedThrough,
    List<MissingFigure> missing) {

  /** Copies the lists and checks that nothing is missing. */
  public ItemisedBalance {
    Objects.requireNonNull(asOf, "asOf");
    lines = List.copyOf(lines);
    Objects.requireNonNull(due, "due");
    accruals = List.copyOf(accruals);
    Objects.requireNonNull(accruedThrough, "accruedThrough");
    missing = List.copyOf(missing);
  }

  /** Whether every day counted had its rate: the figures are final for that day. */
  public boolean complete() {
    return missing.isEmpty();
  }

  /** The line of {@code component}. */
  public Line line(DebtComponent component) {
    return lines.stream()
        .filter(line -> line.component() == component)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line for " + component));
  }

  /**
   * One part of a debt.
   *
   * @param component the part
   * @param charged what it amounts to on the day: the principal invoiced, the interest and
   *     penalties counted through the day, the indemnity owed
   * @param paid what payments took off it
   * @param credited what credit notes and cancellations took off it
   * @param settled what a settlement waived
   * @param writtenOff what was written off
   * @param due what remains: charged less all of the above
   */
  public record Line(
      DebtComponent component,
      Money charged,
      Money paid,
      Money credited,
      Money settled,
      Money writtenOff,
      Money due) {}

  /**
   * Days over which interest or penalties ran on one base at one rate.
   *
   * @param component interest or penalties
   * @param from first day counted
   * @param to last day counted
   * @param days how many days
   * @param base the amount they ran on
   * @param percent the annual rate
   * @param basis how the rate was made, with its legal reference
   * @param amount what these days accrued, rounded to the cent for reading; the part's total is
   *     rounded once from the unrounded periods, so these may differ from it by a cent
   */
  public record Accrual(
      DebtComponent component,
      LocalDate from,
      LocalDate to,
      long days,
      Money base,
      BigDecimal percent,
      String basis,
      Money amount) {}

  /**
   * A figure of the law tables that no row holds for a day it was needed.
   *
   * @param kind the kind of figure (a rate or term kind's name)
   * @param from the first day it was needed and not known
   */
  public record MissingFigure(String kind, LocalDate from) {}
}
