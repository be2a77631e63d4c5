package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a debt and may move its limitation.
 *
 * @param kind what happened
 * @param on the day it happened (a court claim: the day it was filed or served)
 * @param endsOn for a court claim, the day the proceedings ended; for a claim declared, the day the
 *     collective proceeding closed; for a mediation, the day it was declared over. Empty while it
 *     lasts, and for events without a duration
 * @param voided for a court claim only: withdrawn, lapsed or finally rejected (Code civil 2243)
 */
public record LimitationEvent(
    LimitationEventKind kind, LocalDate on, Optional<LocalDate> endsOn, boolean voided) {

  /** Checks the event: only lasting events end, only court claims are voided. */
  public LimitationEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(endsOn, "endsOn");
    if (endsOn.isPresent() && !kind.lasts()) {
      throw new IllegalArgumentException(kind + " has no end");
    }
    if (endsOn.filter(end -> end.isBefore(on)).isPresent()) {
      throw new IllegalArgumentException(kind + " ends before it starts");
    }
    if (voided && kind != LimitationEventKind.COURT_CLAIM) {
      throw new IllegalArgumentException("only a court claim is voided");
    }
  }

  /** An event of {@code kind} without a duration, on {@code on}. */
  public static LimitationEvent of(LimitationEventKind kind, LocalDate on) {
    return new LimitationEvent(kind, on, Optional.empty(), false);
  }

  /** A lasting event of {@code kind} from {@code on}, still going on. */
  public static LimitationEvent started(LimitationEventKind kind, LocalDate on) {
    return new LimitationEvent(kind, on, Optional.empty(), false);
  }

  /** A lasting event of {@code kind} from {@code on} to {@code endsOn}. */
  public static LimitationEvent lasted(LimitationEventKind kind, LocalDate on, LocalDate endsOn) {
    return new LimitationEvent(kind, on, Optional.of(endsOn), false);
  }

  /** A court claim filed on {@code on} and then withdrawn, lapsed or finally rejected. */
  public static LimitationEvent voidedCourtClaim(LocalDate on) {
    return new LimitationEvent(LimitationEventKind.COURT_CLAIM, on, Optional.empty(), true);
  }
}
