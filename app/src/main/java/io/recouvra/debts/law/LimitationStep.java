package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the explanation of a limitation: what happened, what it did, and the last day to act
 * after it.
 *
 * @param on the day of the step
 * @param cause what happened ({@code "exigible"}, an event kind, {@code "long stop"})
 * @param effect what it did
 * @param lastDayAfter the last day to act after the step, empty while none is known
 * @param reason why, with the legal reference
 */
public record LimitationStep(
    LocalDate on,
    String cause,
    LimitationEffect effect,
    Optional<LocalDate> lastDayAfter,
    String reason) {

  /** Checks that nothing is missing. */
  public LimitationStep {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(lastDayAfter, "lastDayAfter");
    Objects.requireNonNull(reason, "reason");
  }
}
