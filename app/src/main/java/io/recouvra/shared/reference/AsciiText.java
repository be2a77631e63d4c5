package io.recouvra.shared.reference;

/**
 * Case folding limited to ASCII, so that no other letter (a dotless i, a long s) turns into an
 * accepted character on its way to upper case.
 */
final class AsciiText {

  private AsciiText() {}

  /** {@code text} with the ASCII letters a-z in upper case and every other character unchanged. */
  static String upperCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'a' && chars[i] <= 'z') {
        chars[i] = (char) (chars[i] - 'a' + 'A');
      }
    }
    return new String(chars);
  }
}
