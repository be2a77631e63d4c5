package io.recouvra.shared.identifiers;

/** The Luhn (mod 10) check used by SIREN and SIRET numbers. */
final class Luhn {
  private Luhn() {}

  /** Whether the digit string's Luhn sum, check digit included, is a multiple of ten. */
  static boolean isValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
