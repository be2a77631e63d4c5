package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A debt's limitation: the last day to act, the period it comes from, and the steps that set it.
 * The debt is limited from the day after the last day to act (Code civil 2229: the period is
 * accomplished when its last day has ended).
 *
 * @param period the period that applies
 * @param state whether a last day is known
 * @param lastDayToAct the last day on which a claim can still be brought; empty unless {@code
 *     state} is {@link LimitationState#RUNNING}
 * @param steps the explanation, in order
 */
public record Limitation(
    LimitationPeriod period,
    LimitationState state,
    Optional<LocalDate> lastDayToAct,
    List<LimitationStep> steps) {

  /** Copies the steps and checks that nothing is missing. */
  public Limitation {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastDayToAct, "lastDayToAct");
    steps = List.copyOf(steps);
  }

  /** Whether the debt is limited on {@code day}: true from the day after the last day to act. */
  public boolean limitedOn(LocalDate day) {
    return lastDayToAct.map(day::isAfter).orElse(false);
  }
}
