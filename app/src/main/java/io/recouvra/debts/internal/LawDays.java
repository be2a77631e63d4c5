package io.recouvra.debts.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a row of a law table applies to, both ends included.
 *
 * @param from the first day
 * @param to the last day; empty while the row is in force with no known end
 */
record LawDays(LocalDate from, Optional<LocalDate> to) {

  LawDays {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** The days of a row as the law rules hold them, where {@link LocalDate#MAX} means no end. */
  static LawDays ofRule(LocalDate from, LocalDate to) {
    return new LawDays(from, to.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(to));
  }

  /** The last day, {@link LocalDate#MAX} when there is no end, as the law rules read it. */
  LocalDate last() {
    return to.orElse(LocalDate.MAX);
  }

  boolean isOpenEnded() {
    return to.isEmpty();
  }

  /** Whether these days and {@code other} share at least one day. */
  boolean overlaps(LawDays other) {
    return !from.isAfter(other.last()) && !other.from.isAfter(last());
  }

  /** E.g. "from 2026-01-01 to 2026-06-30", or "from 2024-01-01, with no end". */
  String describe() {
    return "from " + from + to.map(last -> " to " + last).orElse(", with no end");
  }
}
