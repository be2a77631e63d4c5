package io.recouvra.shared.identifiers;

/**
 * The SIREN, the nine-digit number of a French business in the INSEE register, whose last digit is
 * a Luhn check digit.
 */
public final class Siren {
  private Siren() {}

  /** Whether {@code text} is nine digits passing the Luhn check. */
  public static boolean isValid(String text) {
    return text != null && text.matches("\\d{9}") && Luhn.isValid(text);
  }
}
