package io.recouvra.debts;

/** Why a debt was closed. */
public enum ClosureReason {
  /** Paid in full. */
  PAID,
  /** Ended by an agreement for less than the balance. */
  SETTLED,
  /** Given up by the creditor. */
  WRITTEN_OFF,
  /** Time-barred: the last day to act has passed. */
  LIMITED,
  /** Erased by a court or an over-indebtedness procedure. */
  DISCHARGED,
  /** Withdrawn by the creditor: registered in error, or never owed. */
  CANCELLED
}
