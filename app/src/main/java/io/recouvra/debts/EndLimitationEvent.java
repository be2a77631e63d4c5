package io.recouvra.debts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The end of a lasting limitation event (court claim, declared claim, mediation), as received.
 *
 * @param event the event's id
 * @param endedOn the day the proceedings or the mediation ended; may be empty for a voided claim
 * @param voided for a court claim, whether it was withdrawn, lapsed or finally rejected
 */
public record EndLimitationEvent(UUID event, Optional<LocalDate> endedOn, boolean voided) {}
