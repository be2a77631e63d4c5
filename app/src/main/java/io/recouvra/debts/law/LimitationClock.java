package io.recouvra.debts.law;

import io.recouvra.debts.law.LimitationRules.ClockPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The limitation clock of one debt, moved by the points of its events in order of days. */
final class LimitationClock {

  private final LimitationPeriod period;
  private final LimitationPeriodTable periods;
  private final Optional<LocalDate> longStop;
  private final List<LimitationStep> steps = new ArrayList<>();
  private final Set<LimitationEvent> accepted = Collections.newSetFromMap(new IdentityHashMap<>());

  private LocalDate lastDay;
  private boolean exemptFromLongStop;
  private int openProceedings;
  private Optional<LocalDate> suspendedSince = Optional.empty();
  private boolean restartWhenResumed;
  private boolean awaitingIncident;

  LimitationClock(
      LimitationPeriod period,
      LimitationPeriodTable periods,
      LocalDate start,
      Optional<LocalDate> longStop) {
    this.period = period;
    this.periods = periods;
    this.longStop = longStop;
    this.lastDay = period.lastDayFrom(start);
    step(start, "exigible", LimitationEffect.STARTED, period.legalReference());
  }

  void apply(ClockPoint point) {
    LimitationEvent event = point.event();
    if (point.end()) {
      if (accepted.contains(event)) {
        end(event, point.on());
      }
    } else if (acquiredBefore(point.on())) {
      step(
          point.on(),
          event.kind().name(),
          LimitationEffect.TOO_LATE,
          "after the last day to act: revives nothing (Cass. 1re civ. 19 May 2021, 19-26.253)");
    } else {
      start(event);
    }
  }

  private boolean acquiredBefore(LocalDate day) {
    boolean running = openProceedings == 0 && suspendedSince.isEmpty() && !awaitingIncident;
    return running && day.isAfter(effectiveLastDay());
  }

  private void start(LimitationEvent event) {
    boolean forclusion = period.regime() == LimitationRegime.FORCLUSION;
    switch (event.kind()) {
      case REMINDER, FORMAL_NOTICE -> ignore(event, "a reminder or formal notice never interrupts");
      case THIRD_PARTY_PAYMENT, ENFORCED_PAYMENT ->
          ignore(event, "only a voluntary payment by the debtor or a joint debtor interrupts");
      case ACKNOWLEDGMENT, DEBTOR_PARTIAL_PAYMENT -> {
        if (forclusion) {
          ignore(event, "an acknowledgment does not interrupt a forclusion (Code civil 2220)");
        } else {
          interrupt(event, false, "acknowledgment (Code civil 2240, 2231)");
        }
      }
      case ENFORCEMENT_ACT -> interrupt(event, true, "enforcement act (Code civil 2244, 2231)");
      case COURT_CLAIM, CLAIM_DECLARED -> openProceedings(event);
      case MEDIATION -> suspend(event, forclusion);
      case RESCHEDULING, OVER_INDEBTEDNESS_PLAN -> awaitIncident(event, forclusion);
      case UNREGULARISED_INCIDENT -> restartFromIncident(event);
    }
  }

  private void interrupt(LimitationEvent event, boolean exempt, String reason) {
    if (suspendedSince.isPresent()) {
      restartWhenResumed = true;
      step(event.on(), event.kind().name(), LimitationEffect.INTERRUPTED, reason + ", suspended");
      return;
    }
    extendTo(period.lastDayFrom(event.on()), exempt);
    step(event.on(), event.kind().name(), LimitationEffect.INTERRUPTED, reason);
  }

  private void openProceedings(LimitationEvent event) {
    if (event.voided()) {
      ignore(event, "withdrawn, lapsed or finally rejected: the interruption is void (2243)");
      return;
    }
    accepted.add(event);
    openProceedings++;
    step(
        event.on(),
        event.kind().name(),
        LimitationEffect.INTERRUPTION_PENDING,
        "interrupted until the proceedings end (Code civil 2241, 2242)");
  }

  private void suspend(LimitationEvent event, boolean forclusion) {
    if (forclusion || suspendedSince.isPresent()) {
      ignore(event, forclusion ? "a forclusion is not suspended (2220)" : "already suspended");
      return;
    }
    accepted.add(event);
    suspendedSince = Optional.of(event.on());
    step(event.on(), event.kind().name(), LimitationEffect.SUSPENDED, "Code civil 2238");
  }

  private void awaitIncident(LimitationEvent event, boolean forclusion) {
    if (!forclusion) {
      ignore(event, "moves a consumer credit's forclusion only; record an acknowledgment");
      return;
    }
    awaitingIncident = true;
    step(
        event.on(),
        event.kind().name(),
        LimitationEffect.AWAITING_INCIDENT,
        "the forclusion restarts from the first unregularised incident after it");
  }

  private void restartFromIncident(LimitationEvent event) {
    if (!awaitingIncident) {
      ignore(event, "only the first unregularised incident starts the forclusion");
      return;
    }
    awaitingIncident = false;
    lastDay = period.lastDayFrom(event.on());
    step(event.on(), event.kind().name(), LimitationEffect.RESTARTED, period.legalReference());
  }

  private void end(LimitationEvent event, LocalDate endedOn) {
    if (event.kind() == LimitationEventKind.MEDIATION) {
      resume(endedOn);
      return;
    }
    openProceedings--;
    extendTo(period.lastDayFrom(endedOn), event.kind() == LimitationEventKind.COURT_CLAIM);
    step(
        endedOn,
        event.kind().name(),
        LimitationEffect.PROCEEDINGS_ENDED,
        "a new period from the end of the proceedings (Code civil 2242, 2231)");
  }

  private void resume(LocalDate endedOn) {
    LocalDate since = suspendedSince.orElseThrow();
    LimitationPeriod minimum = periods.periodFor(PeriodKind.MEDIATION_RESUMPTION_MINIMUM, endedOn);
    LocalDate resumed =
        restartWhenResumed
            ? period.lastDayFrom(endedOn)
            : lastDay.plusDays(ChronoUnit.DAYS.between(since, endedOn));
    suspendedSince = Optional.empty();
    restartWhenResumed = false;
    lastDay = later(lastDay, later(resumed, minimum.lastDayFrom(endedOn)));
    step(
        endedOn,
        LimitationEventKind.MEDIATION.name(),
        LimitationEffect.SUSPENSION_ENDED,
        "paused days added, at least "
            + minimum.length()
            + " left ("
            + minimum.legalReference()
            + ")");
  }

  private void extendTo(LocalDate candidate, boolean exempt) {
    if (candidate.isAfter(lastDay)) {
      lastDay = candidate;
      exemptFromLongStop = exempt;
    }
  }

  private void ignore(LimitationEvent event, String reason) {
    step(event.on(), event.kind().name(), LimitationEffect.NO_EFFECT, reason);
  }

  private void step(LocalDate on, String cause, LimitationEffect effect, String reason) {
    steps.add(new LimitationStep(on, cause, effect, known(), reason));
  }

  private Optional<LocalDate> known() {
    boolean running = openProceedings == 0 && suspendedSince.isEmpty() && !awaitingIncident;
    return running ? Optional.of(effectiveLastDay()) : Optional.empty();
  }

  private LocalDate effectiveLastDay() {
    return longStop.filter(stop -> !exemptFromLongStop && stop.isBefore(lastDay)).orElse(lastDay);
  }

  Limitation result() {
    if (openProceedings > 0) {
      return new Limitation(period, LimitationState.INTERRUPTION_PENDING, known(), steps);
    }
    if (suspendedSince.isPresent()) {
      return new Limitation(period, LimitationState.SUSPENDED, known(), steps);
    }
    if (awaitingIncident) {
      return new Limitation(period, LimitationState.AWAITING_INCIDENT, known(), steps);
    }
    LocalDate effective = effectiveLastDay();
    if (effective.isBefore(lastDay)) {
      step(
          effective,
          "long stop",
          LimitationEffect.CAPPED,
          "the long stop from the birth of the right (Code civil 2232)");
    }
    return new Limitation(period, LimitationState.RUNNING, Optional.of(effective), steps);
  }

  private static LocalDate later(LocalDate first, LocalDate second) {
    return first.isAfter(second) ? first : second;
  }
}
