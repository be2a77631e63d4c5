package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A hold on a debt's collection.
 *
 * @param id the hold's id
 * @param debt the debt held
 * @param reason why
 * @param source who or what placed it: {@code api} for holds placed through the API, otherwise the
 *     module and its object, e.g. {@code disputes:<id>}; only the source lifts what it placed
 * @param since the first day it applies
 * @param until the last day it applies, when it ends by itself
 * @param note why, in the words of whoever placed it
 * @param placedBy the subject of whoever placed it
 * @param placedAt when it was placed
 * @param liftedAt when it was lifted, if it was
 */
public record HoldView(
    UUID id,
    DebtId debt,
    HoldReason reason,
    String source,
    LocalDate since,
    Optional<LocalDate> until,
    Optional<String> note,
    String placedBy,
    Instant placedAt,
    Optional<Instant> liftedAt) {

  /** Whether the hold applies on {@code day}. */
  public boolean appliesOn(LocalDate day) {
    return liftedAt.isEmpty()
        && !day.isBefore(since)
        && until.map(u -> !day.isAfter(u)).orElse(true);
  }
}
