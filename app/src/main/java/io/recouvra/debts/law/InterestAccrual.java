package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a base amount accrues over an inclusive range of days: the periods, each with its days,
 * base, rate and unrounded amount, and the total rounded once {@code HALF_UP} at the currency's
 * minor unit (ADR 0004). A period never spans two rate rows (so a delay crossing 1 July is split)
 * nor a change of base. Days on which the base is zero accrue nothing and ask for no rate.
 *
 * @param from first day counted
 * @param to last day counted, inclusive; before {@code from} when nothing accrues
 * @param periods the periods in order of days
 * @param total the sum of the periods, rounded once
 */
public record InterestAccrual(
    LocalDate from, LocalDate to, List<AccrualPeriod> periods, Money total) {

  /** Copies the periods and checks that nothing is missing. */
  public InterestAccrual {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    periods = List.copyOf(periods);
    Objects.requireNonNull(total, "total");
  }

  /**
   * What {@code base} accrues on each day from {@code from} to {@code to}, both counted, at the
   * rate {@code rate} gives for that day, with {@code changes} to the base effective from the day
   * after they were applied. Nothing accrues when {@code to} is before {@code from}.
   *
   * @throws RateUnknownException when a day with a base above zero has no known rate
   * @throws IllegalArgumentException when the changes take the base below zero
   */
  public static InterestAccrual accrue(
      Money base, LocalDate from, LocalDate to, DailyRate rate, List<BaseChange> changes) {
    List<BaseChange> ordered =
        changes.stream().sorted(Comparator.comparing(BaseChange::appliedOn)).toList();
    List<AccrualPeriod> periods = new ArrayList<>();
    Money current = baseBefore(base, ordered, from);
    LocalDate day = from;
    while (!day.isAfter(to)) {
      LocalDate lastWithBase = lastDayWithBase(ordered, day, to);
      if (current.isPositive()) {
        day = addPeriods(periods, current, day, lastWithBase, rate);
      } else {
        day = lastWithBase.plusDays(1);
      }
      current = baseBefore(base, ordered, day);
    }
    Money total =
        Money.of(
            DayCount.ACTUAL_365_FIXED.roundedTotal(
                periods, base.currency().getDefaultFractionDigits()),
            base.currency());
    return new InterestAccrual(from, to, periods, total);
  }

  /** Adds the periods from {@code first} to {@code last}, split by rate rows; the next day. */
  private static LocalDate addPeriods(
      List<AccrualPeriod> periods, Money base, LocalDate first, LocalDate last, DailyRate rate) {
    LocalDate day = first;
    while (!day.isAfter(last)) {
      AppliedRate applied = rate.on(day);
      LocalDate end = applied.validThrough().isBefore(last) ? applied.validThrough() : last;
      long days = DayCount.ACTUAL_365_FIXED.daysIn(day, end);
      periods.add(
          new AccrualPeriod(
              day,
              end,
              days,
              base,
              applied.percent(),
              applied.basis(),
              DayCount.ACTUAL_365_FIXED.accrued(base.amount(), applied.percent(), days)));
      day = end.plusDays(1);
    }
    return day;
  }

  /** The base on {@code day}: the start plus every change applied before that day. */
  private static Money baseBefore(Money base, List<BaseChange> changes, LocalDate day) {
    Money current = base;
    for (BaseChange change : changes) {
      if (change.appliedOn().isBefore(day)) {
        current = current.plus(change.change());
      }
    }
    if (current.isNegative()) {
      throw new IllegalArgumentException("the changes take the base below zero on " + day);
    }
    return current;
  }

  /** The last day, up to {@code to}, before the next change after {@code day} takes effect. */
  private static LocalDate lastDayWithBase(List<BaseChange> changes, LocalDate day, LocalDate to) {
    return changes.stream()
        .map(BaseChange::appliedOn)
        .filter(appliedOn -> !appliedOn.isBefore(day) && appliedOn.isBefore(to))
        .findFirst()
        .orElse(to);
  }
}
