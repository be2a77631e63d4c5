package io.recouvra.shared.id;

/**
 * Thrown when a text is not an id Recouvra issued: malformed, of the wrong type, or not a UUID. The
 * message never repeats the rejected text.
 */
public class InvalidIdException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message for people. */
  public InvalidIdException(String message) {
    super(message);
  }
}
