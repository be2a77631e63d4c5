package io.recouvra.debts;

import io.recouvra.debts.law.DatedRate;
import io.recouvra.debts.law.DatedTerm;
import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.debts.law.RateKind;
import io.recouvra.debts.law.TermKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The kinds of each law table that no row covers on one day: a computation needing one of them on
 * that day stops with {@link io.recouvra.debts.law.RateUnknownException} until an administrator
 * adds the row.
 *
 * @param day the day looked at
 * @param rateKinds the percentages unknown that day
 * @param termKinds the other figures unknown that day
 * @param periodKinds the limitation periods unknown for a period starting that day
 */
public record LawTableGaps(
    LocalDate day,
    List<RateKind> rateKinds,
    List<TermKind> termKinds,
    List<PeriodKind> periodKinds) {

  public LawTableGaps {
    rateKinds = List.copyOf(rateKinds);
    termKinds = List.copyOf(termKinds);
    periodKinds = List.copyOf(periodKinds);
  }

  /** The gaps of {@code tables} on {@code day}, each list in the order its kinds are declared. */
  public static LawTableGaps of(LawTables tables, LocalDate day) {
    return new LawTableGaps(
        day,
        uncovered(
            RateKind.values(),
            tables.rates().rows(),
            DatedRate::kind,
            r -> covers(r.validFrom(), r.validTo(), day)),
        uncovered(
            TermKind.values(),
            tables.terms().rows(),
            DatedTerm::kind,
            r -> covers(r.validFrom(), r.validTo(), day)),
        uncovered(
            PeriodKind.values(),
            tables.periods().rows(),
            LimitationPeriod::kind,
            r -> covers(r.validFrom(), r.validTo(), day)));
  }

  /** Whether every kind of every table is known that day. */
  public boolean isEmpty() {
    return rateKinds.isEmpty() && termKinds.isEmpty() && periodKinds.isEmpty();
  }

  private static <K, R> List<K> uncovered(
      K[] kinds, List<R> rows, Function<R, K> kindOf, Predicate<R> coversTheDay) {
    Set<K> covered = rows.stream().filter(coversTheDay).map(kindOf).collect(Collectors.toSet());
    return Arrays.stream(kinds).filter(kind -> !covered.contains(kind)).toList();
  }

  private static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
    return !from.isAfter(day) && !to.isBefore(day);
  }
}
