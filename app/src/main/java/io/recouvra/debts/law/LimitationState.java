package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/** Whether a last day to act is known, and why not when it is not. */
@Description("Whether a debt's last day to act is known, and why not when it is not.")
public enum LimitationState {
  /** The clock runs: the last day to act is known. */
  @Description("The clock runs: the last day to act is known.")
  RUNNING,
  /** Court proceedings or a collective proceeding are pending: the clock restarts at their end. */
  @Description(
      "Court proceedings or a collective proceeding are pending: the clock restarts at their "
          + "end.")
  INTERRUPTION_PENDING,
  /** A mediation or conciliation is under way: the clock is paused. */
  @Description("A mediation or conciliation is under way: the clock is paused.")
  SUSPENDED,
  /** A rescheduled consumer credit has had no unregularised incident since: nothing runs. */
  @Description(
      "A rescheduled consumer credit has had no unregularised incident since: nothing runs.")
  AWAITING_INCIDENT
}
