package io.recouvra.shared.reference;

/**
 * Thrown when a text is not a valid ISO 11649 creditor reference. The message never repeats the
 * rejected text.
 */
public class InvalidCreditorReferenceException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message for people. */
  public InvalidCreditorReferenceException(String message) {
    super(message);
  }
}
