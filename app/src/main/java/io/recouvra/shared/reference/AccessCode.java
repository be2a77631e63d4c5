package io.recouvra.shared.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * The one-time code printed on a debtor's first letter, which with the creditor reference lets the
 * debtor claim the file in the portal. Twelve characters from an alphabet without the look-alikes
 * 0, O, 1, I and L (31 symbols, about 59 bits of chance), printed as {@code XXXX-XXXX-XXXX}.
 *
 * <p>The code is a secret: {@link #toString()} does not show it.
 *
 * @param value the twelve characters, upper case, without separators
 */
public record AccessCode(String value) {

  /** The characters a code is made of. */
  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  /** Characters in a code. */
  public static final int LENGTH = 12;

  private static final int PRINTED_GROUP = 4;
  private static final int MAX_TEXT_LENGTH = 64;
  private static final String SEPARATORS = " -\u2010\u2011\u2012\u2013\u2014\u2212";

  /**
   * Checks the normalised form.
   *
   * @throws InvalidAccessCodeException when the value is not twelve characters of the {@link
   *     #ALPHABET} (use {@link #parse} for text a person typed)
   */
  public AccessCode {
    if (value == null || !isWellFormed(value)) {
      throw new InvalidAccessCodeException(
          "an access code is twelve characters without 0, O, 1, I or L");
    }
  }

  /** A new code drawn from {@code rng}, each character uniformly from the {@link #ALPHABET}. */
  public static AccessCode random(SecureRandom rng) {
    Objects.requireNonNull(rng, "rng");
    char[] chars = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      chars[i] = ALPHABET.charAt(rng.nextInt(ALPHABET.length()));
    }
    return new AccessCode(new String(chars));
  }

  /**
   * Reads a code as a person may type it: either case, with spaces and dashes anywhere.
   *
   * @throws InvalidAccessCodeException when what remains is not a well-formed code
   */
  public static AccessCode parse(String text) {
    return new AccessCode(normalised(text).orElse(""));
  }

  /**
   * Whether {@code candidate}, read as {@link #parse} reads it, is this code. The comparison takes
   * the same time wherever the first difference is. Malformed or missing input gives {@code false}.
   */
  public boolean matches(String candidate) {
    byte[] expected = value.getBytes(StandardCharsets.US_ASCII);
    byte[] given =
        normalised(candidate)
            .filter(AccessCode::isWellFormed)
            .map(text -> text.getBytes(StandardCharsets.US_ASCII))
            .orElse(new byte[LENGTH]);
    return MessageDigest.isEqual(expected, given);
  }

  /** The code as printed on a letter, e.g. {@code ABCD-EFGH-JKMN}. */
  public String printed() {
    return value.substring(0, PRINTED_GROUP)
        + '-'
        + value.substring(PRINTED_GROUP, 2 * PRINTED_GROUP)
        + '-'
        + value.substring(2 * PRINTED_GROUP);
  }

  /** A fixed text that keeps the code out of logs and error messages. */
  @Override
  public String toString() {
    return "AccessCode[hidden]";
  }

  private static Optional<String> normalised(String text) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    StringBuilder kept = new StringBuilder(LENGTH);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SEPARATORS.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    return Optional.of(AsciiText.upperCase(kept.toString()));
  }

  private static boolean isWellFormed(String text) {
    if (text.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
