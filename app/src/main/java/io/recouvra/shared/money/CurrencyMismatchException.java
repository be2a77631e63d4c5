package io.recouvra.shared.money;

import java.util.Currency;

/**
 * Thrown when two amounts in different currencies are added, subtracted or compared: Recouvra never
 * converts between currencies implicitly.
 */
public class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Currency expected;
  private final Currency actual;

  /** An exception for an amount in {@code actual} met where {@code expected} was required. */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        "cannot combine an amount in "
            + actual.getCurrencyCode()
            + " with one in "
            + expected.getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /** The currency that was required. */
  public Currency expected() {
    return expected;
  }

  /** The currency that was found instead. */
  public Currency actual() {
    return actual;
  }
}
