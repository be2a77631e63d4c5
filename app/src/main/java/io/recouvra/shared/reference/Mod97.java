package io.recouvra.shared.reference;

/**
 * The ISO 7064 MOD 97-10 arithmetic shared by ISO 11649 creditor references and IBANs (ISO 13616):
 * each letter stands for two digits (A = 10 ... Z = 35), and the resulting number is taken modulo
 * 97.
 */
public final class Mod97 {

  private static final int MODULUS = 97;

  private Mod97() {}

  /**
   * The remainder modulo 97 of the number that {@code text} stands for, with letters replaced by
   * their two-digit values. A text carrying valid check digits in the standard position (moved to
   * the end) gives 1.
   *
   * @param text digits and upper-case letters A-Z only
   * @throws IllegalArgumentException for any other character
   */
  public static int remainder(CharSequence text) {
    int remainder = 0;
    for (int i = 0; i < text.length(); i++) {
      int value = valueOf(text.charAt(i));
      int shift = value < 10 ? 10 : 100;
      remainder = (remainder * shift + value) % MODULUS;
    }
    return remainder;
  }

  /**
   * The two check digits, from 02 to 98, that make {@link #remainder} of the checked text 1.
   *
   * @param textWithZeroCheck the checked text, already rearranged, with {@code 00} in place of the
   *     check digits
   */
  public static String checkDigits(CharSequence textWithZeroCheck) {
    int check = MODULUS + 1 - remainder(textWithZeroCheck);
    return check < 10 ? "0" + check : Integer.toString(check);
  }

  private static int valueOf(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    throw new IllegalArgumentException("only digits and upper-case letters carry a MOD 97 value");
  }
}
