package io.recouvra.debts;

import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.shared.id.DebtId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A limitation event a person records on a debt, as received; {@link Limitations} checks it.
 *
 * @param debt the debt
 * @param kind what happened
 * @param on the day it happened; for a formal notice, the day the debtor received it
 * @param endedOn for a lasting event already over, the day it ended
 * @param voided for a court claim, whether it was withdrawn, lapsed or finally rejected
 * @param note a short note
 */
public record RecordLimitationEvent(
    DebtId debt,
    LimitationEventKind kind,
    LocalDate on,
    Optional<LocalDate> endedOn,
    boolean voided,
    Optional<String> note) {}
