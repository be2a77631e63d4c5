package io.recouvra.debts;

import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.shared.id.DebtId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded limitation event of a debt.
 *
 * @param id the event's id
 * @param debt the debt it happened to
 * @param event what happened, when, and for a lasting event its end
 * @param note a short note, when given
 * @param source who recorded it: a caller's subject, or {@code ledger} for payments
 * @param recordedBy the subject of the caller who recorded it
 * @param recordedAt when it was recorded
 */
public record LimitationEventView(
    UUID id,
    DebtId debt,
    LimitationEvent event,
    Optional<String> note,
    String source,
    String recordedBy,
    Instant recordedAt) {}
