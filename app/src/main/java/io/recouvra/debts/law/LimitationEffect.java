package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/** What one step did to the limitation, for the explanation shown with the last day to act. */
@Description("What one step did to a debt's limitation.")
public enum LimitationEffect {
  /** The period started. */
  @Description("The period started.")
  STARTED,
  /** A new full period started from the event. */
  @Description("A new full period started from the event.")
  INTERRUPTED,
  /** Interrupted for as long as proceedings last: no last day until they end. */
  @Description("Interrupted for as long as proceedings last: no last day until they end.")
  INTERRUPTION_PENDING,
  /** Proceedings ended: a new full period started from their end. */
  @Description("Proceedings ended: a new full period started from their end.")
  PROCEEDINGS_ENDED,
  /** The clock is paused until the suspension ends. */
  @Description("The clock is paused until the suspension ends.")
  SUSPENDED,
  /** The suspension ended: the time left resumes, lengthened by the paused days. */
  @Description("The suspension ended: the time left resumes, lengthened by the paused days.")
  SUSPENSION_ENDED,
  /** A consumer credit's forclusion waits for the next unregularised incident. */
  @Description("A consumer credit's forclusion waits for the next unregularised incident.")
  AWAITING_INCIDENT,
  /** The forclusion restarted from an unregularised incident after a rescheduling or plan. */
  @Description(
      "The forclusion restarted from an unregularised incident after a rescheduling or plan.")
  RESTARTED,
  /** The last day was brought back to the 20-year long stop (Code civil 2232). */
  @Description("The last day was brought back to the 20-year long stop (Code civil 2232).")
  CAPPED,
  /** The event does not move the limitation. */
  @Description("The event does not move the limitation.")
  NO_EFFECT,
  /** The event came after the last day to act: it does not revive the debt. */
  @Description("The event came after the last day to act: it does not revive the debt.")
  TOO_LATE
}
