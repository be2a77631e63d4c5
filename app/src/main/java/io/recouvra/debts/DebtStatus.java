package io.recouvra.debts;

/**
 * Whether a debt may still be collected at all; what may be done with an open one is its holds'.
 */
public enum DebtStatus {
  OPEN,
  CLOSED
}
