package io.recouvra.shared.paging;

/** A cursor that the list it was given to did not make. */
public class InvalidCursorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidCursorException() {
    super("the cursor was not made by this list");
  }
}
