package io.recouvra.shared.identifiers;

import java.math.BigInteger;
import java.util.Locale;

/** The International Bank Account Number (ISO 13616), checked by its mod-97 check digits. */
public final class Iban {
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Iban() {}

  /** The IBAN in its electronic form: upper case, without spaces. */
  public static String normalise(String text) {
    return text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Whether {@code text} (spaces allowed) is a country code, two check digits and up to 30 letters
   * or digits whose mod-97 remainder, country and check moved to the end, is 1.
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    String iban = normalise(text);
    if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
