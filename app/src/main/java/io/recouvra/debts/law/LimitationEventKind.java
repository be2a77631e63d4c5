package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/**
 * What can happen to a debt's limitation (domain-rules.md section 3), including what does NOT move
 * it, so a statement can show why a reminder or a third-party payment changed nothing.
 */
@Description(
    "What can happen to a debt that may move its limitation, including what never moves it.")
public enum LimitationEventKind {
  /** The debtor acknowledges the debt: interrupts a prescription (Code civil 2240). */
  @Description("The debtor acknowledges the debt: interrupts a prescription (Code civil 2240).")
  ACKNOWLEDGMENT,
  /**
   * A voluntary partial payment by the debtor or a joint debtor: an acknowledgment, interrupting
   * for the whole debt (Cass. 2e civ. 3 July 2014, 13-17.449).
   */
  @Description(
      "A voluntary partial payment by the debtor or a joint debtor: an acknowledgment, "
          + "interrupting for the whole debt (Cass. 2e civ. 3 July 2014, 13-17.449).")
  DEBTOR_PARTIAL_PAYMENT,
  /** A payment by a third party: does not interrupt. */
  @Description("A payment by a third party: does not interrupt.")
  THIRD_PARTY_PAYMENT,
  /** A payment obtained by enforcement: not voluntary, does not interrupt. */
  @Description("A payment obtained by enforcement: not voluntary, does not interrupt.")
  ENFORCED_PAYMENT,
  /**
   * A claim in court, even in summary proceedings or before the wrong court (2241): interrupts
   * until the proceedings end (2242); void if withdrawn, lapsed or finally rejected (2243).
   */
  @Description(
      "A claim in court, even in summary proceedings or before the wrong court (2241): "
          + "interrupts until the proceedings end (2242); void if withdrawn, lapsed or finally "
          + "rejected (2243).")
  COURT_CLAIM,
  /** A conservatory measure or an enforcement act (2244): interrupts. */
  @Description("A conservatory measure or an enforcement act (2244): interrupts.")
  ENFORCEMENT_ACT,
  /** The claim declared in a collective proceeding: interrupts until the proceeding closes. */
  @Description(
      "The claim declared in a collective proceeding: interrupts until the proceeding closes.")
  CLAIM_DECLARED,
  /** A mediation or conciliation: suspends a prescription from its start to its end (2238). */
  @Description(
      "A mediation or conciliation: suspends a prescription from its start to its end (2238).")
  MEDIATION,
  /** A rescheduling of a consumer credit: its forclusion restarts at the next incident. */
  @Description("A rescheduling of a consumer credit: its forclusion restarts at the next incident.")
  RESCHEDULING,
  /** An over-indebtedness plan: a consumer credit's forclusion restarts at the next incident. */
  @Description(
      "An over-indebtedness plan: a consumer credit's forclusion restarts at the next "
          + "incident.")
  OVER_INDEBTEDNESS_PLAN,
  /** An unregularised payment incident of a consumer credit. */
  @Description("An unregularised payment incident of a consumer credit.")
  UNREGULARISED_INCIDENT,
  /** A reminder: never moves the limitation. */
  @Description("A reminder: never moves the limitation.")
  REMINDER,
  /** A formal notice: starts legal interest, never moves the limitation. */
  @Description("A formal notice: starts legal interest, never moves the limitation.")
  FORMAL_NOTICE;

  /** Whether the event lasts from its day to an end (proceedings, mediation). */
  public boolean lasts() {
    return this == COURT_CLAIM || this == CLAIM_DECLARED || this == MEDIATION;
  }
}
