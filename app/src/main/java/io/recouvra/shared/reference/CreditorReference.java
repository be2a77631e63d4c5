package io.recouvra.shared.reference;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * An ISO 11649 structured creditor reference: {@code RF}, two check digits, then a body of 1 to 21
 * letters or digits. A debtor quotes it with a transfer so the payment finds its debt. The check
 * digits are ISO 7064 MOD 97-10 over the body followed by {@code RF} and the check digits, as for
 * an IBAN, which catches every single mistyped character and most swaps.
 *
 * @param electronic the reference as sent in payment messages: upper case, no spaces, e.g. {@code
 *     RF18539007547034}
 */
public record CreditorReference(String electronic) {

  /** Most characters a body may have. */
  public static final int MAX_BODY_LENGTH = 21;

  /** Digits in the body of a {@linkplain #random random} reference. */
  public static final int RANDOM_BODY_DIGITS = 18;

  private static final String PREFIX = "RF";
  private static final int BODY_START = 4;
  private static final int PRINTED_GROUP = 4;
  private static final int MAX_TEXT_LENGTH = 64;
  private static final Pattern BODY = Pattern.compile("[A-Z0-9]{1,21}");
  private static final Pattern ELECTRONIC = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");

  /**
   * Checks the electronic form and its check digits.
   *
   * @throws InvalidCreditorReferenceException when the text is not a valid reference in electronic
   *     form (use {@link #parse} for text a person typed)
   */
  public CreditorReference {
    if (electronic == null || !isValidElectronic(electronic)) {
      throw new InvalidCreditorReferenceException(
          "the text is not an ISO 11649 creditor reference with valid check digits");
    }
  }

  /**
   * The reference for {@code body}, with its check digits computed. Lower-case letters are taken as
   * upper case.
   *
   * @throws InvalidCreditorReferenceException when the body is not 1 to 21 letters or digits
   */
  public static CreditorReference forBody(String body) {
    String upper = body == null ? "" : AsciiText.upperCase(body);
    if (!BODY.matcher(upper).matches()) {
      throw new InvalidCreditorReferenceException(
          "a creditor reference body is 1 to 21 letters or digits");
    }
    return new CreditorReference(PREFIX + checkDigitsFor(upper) + upper);
  }

  /**
   * Reads a reference as a person may type it: in electronic or printed form, with spaces anywhere
   * and letters in either case.
   *
   * @throws InvalidCreditorReferenceException when the text, once spaces are removed, is not {@code
   *     RF}, two digits and 1 to 21 letters or digits, or the check digits are wrong
   */
  public static CreditorReference parse(String text) {
    return new CreditorReference(compact(text));
  }

  /** Whether {@link #parse} would accept {@code text}; never throws. */
  public static boolean isValid(String text) {
    return isValidElectronic(compact(text));
  }

  /**
   * A new reference with an 18-digit numeric body drawn from {@code rng}; leading zeros are kept.
   * Uniqueness is the caller's concern: 10^18 bodies make a clash rare, not impossible.
   */
  public static CreditorReference random(RandomGenerator rng) {
    Objects.requireNonNull(rng, "rng");
    StringBuilder body = new StringBuilder(RANDOM_BODY_DIGITS);
    for (int i = 0; i < RANDOM_BODY_DIGITS; i++) {
      body.append((char) ('0' + rng.nextInt(10)));
    }
    return forBody(body.toString());
  }

  /** The two check digits, e.g. {@code "18"}. */
  public String checkDigits() {
    return electronic.substring(2, BODY_START);
  }

  /** The body: what follows {@code RF} and the check digits. */
  public String body() {
    return electronic.substring(BODY_START);
  }

  /**
   * The reference as printed on paper: groups of four characters separated by one space, the last
   * group possibly shorter, e.g. {@code RF18 5390 0754 7034}.
   */
  public String printed() {
    StringBuilder printed = new StringBuilder(electronic.length() + 6);
    for (int i = 0; i < electronic.length(); i += PRINTED_GROUP) {
      if (i > 0) {
        printed.append(' ');
      }
      printed.append(electronic, i, Math.min(i + PRINTED_GROUP, electronic.length()));
    }
    return printed.toString();
  }

  /** The electronic form, as {@link #electronic()}. */
  @Override
  public String toString() {
    return electronic;
  }

  private static String compact(String text) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return "";
    }
    return AsciiText.upperCase(text.replace(" ", ""));
  }

  private static boolean isValidElectronic(String text) {
    return ELECTRONIC.matcher(text).matches()
        && checkDigitsFor(text.substring(BODY_START)).equals(text.substring(2, BODY_START));
  }

  private static String checkDigitsFor(String body) {
    return Mod97.checkDigits(body + PREFIX + "00");
  }
}
