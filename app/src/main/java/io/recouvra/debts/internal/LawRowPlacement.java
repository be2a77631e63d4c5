package io.recouvra.debts.internal;

import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import java.util.List;
import java.util.Optional;

/**
 * Whether a new row may join the stored rows of its kind, which never share a day. A row that
 * shares days with a stored one is refused, naming that row, on {@code validFrom} when the stored
 * row covers the new row's first day and on {@code validTo} otherwise. The one exception is asked
 * for explicitly: with {@code closePrevious}, an open-ended row that started earlier, and overlaps
 * nothing else, is ended the day before the new row starts.
 */
final class LawRowPlacement {

  private LawRowPlacement() {}

  /**
   * The stored row to end before {@code row} is added (empty when none), or why {@code row} is
   * refused.
   */
  static <R extends LawRowRecord> Outcome<Optional<R>> place(
      LawRowRecord row, List<R> sameKind, boolean closePrevious) {
    LawDays days = row.days();
    List<R> overlapping = sameKind.stream().filter(r -> r.days().overlaps(days)).toList();
    if (overlapping.isEmpty()) {
      return Outcome.done(Optional.empty());
    }
    R first = overlapping.get(0);
    boolean closable = first.days().isOpenEnded() && first.days().from().isBefore(days.from());
    boolean alone = overlapping.size() == 1;
    if (closePrevious && closable && alone) {
      return Outcome.done(Optional.of(first));
    }
    return Outcome.refused(refusal(days, overlapping, closable && alone && !closePrevious));
  }

  private static Problem refusal(
      LawDays days, List<? extends LawRowRecord> overlapping, boolean hint) {
    LawRowRecord first = overlapping.get(0);
    boolean coversTheFirstDay = !first.days().from().isAfter(days.from());
    String message =
        "these days overlap "
            + first.facts().describe()
            + (overlapping.size() > 1 ? " and " + (overlapping.size() - 1) + " more" : "")
            + (hint
                ? "; to end it on "
                    + days.from().minusDays(1)
                    + ", add this row with closePrevious: true"
                : "");
    return Problem.at(
        coversTheFirstDay ? "validFrom" : "validTo", ErrorCode.OVERLAPPING_ROW, message);
  }
}
