package io.recouvra.debts;

import org.eclipse.microprofile.graphql.Description;

/** Why a debt was closed. */
@Description("Why a debt was closed.")
public enum ClosureReason {
  /** Paid in full. */
  @Description("Paid in full.")
  PAID,
  /** Ended by an agreement for less than the balance. */
  @Description("Ended by an agreement for less than the balance.")
  SETTLED,
  /** Given up by the creditor. */
  @Description("Given up by the creditor.")
  WRITTEN_OFF,
  /** Time-barred: the last day to act has passed. */
  @Description("Time-barred: the last day to act has passed.")
  LIMITED,
  /** Erased by a court or an over-indebtedness procedure. */
  @Description("Erased by a court or an over-indebtedness procedure.")
  DISCHARGED,
  /** Withdrawn by the creditor: registered in error, or never owed. */
  @Description("Withdrawn by the creditor: registered in error, or never owed.")
  CANCELLED
}
