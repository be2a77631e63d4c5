package io.recouvra.debts;

import io.recouvra.debts.law.Limitation;
import io.recouvra.debts.law.LimitationEffect;
import io.recouvra.debts.law.LimitationState;
import io.recouvra.debts.law.LimitationStep;
import io.recouvra.shared.id.DebtId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A debt's limitation as of today in its creditor's time zone: the last day to act, the steps that
 * set it, the events recorded, and the day its alert is due.
 *
 * @param debt the debt
 * @param limitation what the rules computed
 * @param today the creditor's today, which decides whether the debt is limited
 * @param alertOn the last working day before the last day to act; empty while no day is known
 * @param events the events recorded on the debt, in the order they happened
 */
public record LimitationView(
    DebtId debt,
    Limitation limitation,
    LocalDate today,
    Optional<LocalDate> alertOn,
    List<LimitationEventView> events) {

  private static final Set<LimitationEffect> ENDINGS =
      Set.of(LimitationEffect.PROCEEDINGS_ENDED, LimitationEffect.SUSPENSION_ENDED);

  public LimitationView {
    events = List.copyOf(events);
  }

  /**
   * Whether the debt is limited today: its clock runs and its last day to act has passed. It may no
   * longer be chased, but stays open (ADR 0014).
   */
  public boolean limited() {
    return limitation.state() == LimitationState.RUNNING && limitation.limitedOn(today);
  }

  /** The day the debt is limited from: the day after the last day to act. */
  public Optional<LocalDate> limitedFrom() {
    return limitation.lastDayToAct().map(day -> day.plusDays(1));
  }

  /** What {@code event} did when it happened, as the steps explain it. */
  public Optional<LimitationEffect> effectOf(LimitationEventView event) {
    String cause = event.event().kind().name();
    return limitation.steps().stream()
        .filter(step -> step.cause().equals(cause) && step.on().equals(event.event().on()))
        .map(LimitationStep::effect)
        .filter(effect -> !ENDINGS.contains(effect))
        .findFirst();
  }
}
