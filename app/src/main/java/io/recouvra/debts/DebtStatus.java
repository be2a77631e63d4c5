package io.recouvra.debts;

import org.eclipse.microprofile.graphql.Description;

/**
 * Whether a debt may still be collected at all; what may be done with an open one is its holds'.
 */
@Description("Whether a debt may still be collected at all.")
public enum DebtStatus {
  /** Owed and open to collection, subject to its holds. */
  @Description("Owed and open to collection, subject to its holds.")
  OPEN,
  /** Ended, for the reason recorded with it. */
  @Description("Ended, for the reason recorded with it.")
  CLOSED
}
