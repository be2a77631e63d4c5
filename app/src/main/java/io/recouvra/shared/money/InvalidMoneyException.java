package io.recouvra.shared.money;

/**
 * Thrown when an amount or a currency cannot make a {@link Money}. The {@link #reason()} tells the
 * caller which rule was broken, so that it can report a stable error code. The message never
 * repeats the rejected text.
 */
public class InvalidMoneyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why an amount or a currency was refused. */
  public enum Reason {
    /** The amount is not a plain decimal number such as {@code 120.50}. */
    MALFORMED_AMOUNT,
    /** The amount has more decimals than the currency's minor unit (a cent for the euro). */
    TOO_MANY_DECIMALS,
    /** The currency code is not an ISO 4217 currency that Recouvra accepts. */
    UNKNOWN_CURRENCY
  }

  private final Reason reason;

  /** An exception for {@code reason}, with a message for people. */
  public InvalidMoneyException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The rule that was broken. */
  public Reason reason() {
    return reason;
  }
}
