package io.recouvra.shared.reference;

/** Thrown when a text is not a valid access code. The message never repeats the rejected text. */
public class InvalidAccessCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message for people. */
  public InvalidAccessCodeException(String message) {
    super(message);
  }
}
