package io.recouvra.debts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of a law table as stored: the dated figure the rules read, and who entered it when. The
 * shipped rows were added by {@code system} at the first start-up that knew them.
 *
 * @param <R> the row type: {@link io.recouvra.debts.law.DatedRate}, {@link
 *     io.recouvra.debts.law.DatedTerm} or {@link io.recouvra.debts.law.LimitationPeriod}
 * @param row the figure, its days, its legal reference, verified flag and note
 * @param addedBy the account id of the administrator who added it, or {@code system}
 * @param addedAt when it was added
 * @param closedBy who ended an open-ended row by adding its successor, if anyone did
 * @param closedAt when that happened
 */
public record StoredLawRow<R>(
    R row, String addedBy, Instant addedAt, Optional<String> closedBy, Optional<Instant> closedAt) {

  /** Checks that nothing is missing. */
  public StoredLawRow {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
    Objects.requireNonNull(closedBy, "closedBy");
    Objects.requireNonNull(closedAt, "closedAt");
  }
}
