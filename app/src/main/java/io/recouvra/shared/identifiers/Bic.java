package io.recouvra.shared.identifiers;

/** The Business Identifier Code (ISO 9362) of a bank: 8 or 11 characters. */
public final class Bic {
  private Bic() {}

  /** Whether {@code text} has the form of a BIC: bank, country, location and optional branch. */
  public static boolean isValid(String text) {
    return text != null && text.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  }
}
