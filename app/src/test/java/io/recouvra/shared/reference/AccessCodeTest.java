package io.recouvra.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessCodeTest {

  private static final String CODE = "ABCDEFGHJKMN";

  @Test
  void usesThirtyOneCharactersWithoutLookAlikes() {
    assertThat(AccessCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
    assertThat(AccessCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    assertThat(AccessCode.ALPHABET).matches("[A-Z2-9]+");
  }

  @ParameterizedTest(name = "\"{0}\" reads as " + CODE)
  @ValueSource(
      strings = {
        "ABCDEFGHJKMN",
        "abcdefghjkmn",
        "ABCD-EFGH-JKMN",
        "abcd-efgh-jkmn",
        "ABCD EFGH JKMN",
        " ABCD - EFGH - JKMN ",
        "A-B-C-D-E-F-G-H-J-K-M-N",
        "ABCD\u2013EFGH\u2014JKMN",
        "AbCd-eFgH-jKmN"
      })
  void readsWhatAPersonTypes(String text) {
    AccessCode code = AccessCode.parse(text);

    assertThat(code.value()).isEqualTo(CODE);
    assertThat(code.printed()).isEqualTo("ABCD-EFGH-JKMN");
  }

  @ParameterizedTest(name = "\"{0}\" is not an access code")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "ABCDEFGHJKM",
        "ABCDEFGHJKMNP",
        "ABCD-EFGH-JKM0",
        "ABCD-EFGH-JKMO",
        "ABCD-EFGH-JKM1",
        "ABCD-EFGH-JKMI",
        "ABCD-EFGH-JKML",
        "abcd-efgh-jkml",
        "ABCD_EFGH_JKMN",
        "ABCD.EFGH.JKMN",
        "ABCD\tEFGH\tJKMN",
        "ABCD-EFGH-JKM\u0131",
        "ABCD-EFGH-JKM\u00c9",
        "------------"
      })
  void refusesMalformedText(String text) {
    assertThatThrownBy(() -> AccessCode.parse(text)).isInstanceOf(InvalidAccessCodeException.class);
  }

  @Test
  void refusesVeryLongText() {
    String padded = "-".repeat(60) + CODE;

    assertThatThrownBy(() -> AccessCode.parse(padded))
        .isInstanceOf(InvalidAccessCodeException.class);
  }

  @Test
  void theConstructorTakesOnlyTheNormalisedForm() {
    assertThat(new AccessCode(CODE).value()).isEqualTo(CODE);
    assertThatThrownBy(() -> new AccessCode("ABCD-EFGH-JKMN"))
        .isInstanceOf(InvalidAccessCodeException.class);
    assertThatThrownBy(() -> new AccessCode("abcdefghjkmn"))
        .isInstanceOf(InvalidAccessCodeException.class);
  }

  @ParameterizedTest(name = "\"{0}\" matches")
  @ValueSource(strings = {"ABCDEFGHJKMN", "abcd-efgh-jkmn", "ABCD EFGH JKMN", " abCD-EFgh-JKmn "})
  void matchesTheSameCodeHoweverTyped(String candidate) {
    assertThat(AccessCode.parse(CODE).matches(candidate)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" does not match")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "ABCDEFGHJKMP",
        "BCDEFGHJKMNA",
        "ABCDEFGHJKM",
        "ABCDEFGHJKMNN",
        "ABCD-EFGH-JKM0",
        "ABCDEFGHJKMN\u0000",
        "ABCDEFGHJKM\u00d1",
        "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
      })
  void doesNotMatchAnyOtherTextAndNeverThrows(String candidate) {
    assertThat(AccessCode.parse(CODE).matches(candidate)).isFalse();
  }

  @Test
  void matchesNothingTooLongToRead() {
    assertThat(AccessCode.parse(CODE).matches(" ".repeat(100) + CODE)).isFalse();
  }

  @Test
  void drawsTwelveCharactersOfTheAlphabet() throws NoSuchAlgorithmException {
    SecureRandom random = seeded();
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      AccessCode code = AccessCode.random(random);

      assertThat(code.value()).hasSize(12);
      assertThat(AccessCode.ALPHABET).contains(code.value().split(""));
      code.value().chars().forEach(c -> seen.add((char) c));
    }
    assertThat(seen).hasSize(31);
  }

  @Test
  void drawsDifferentCodes() {
    SecureRandom random = new SecureRandom();
    Set<AccessCode> codes = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      codes.add(AccessCode.random(random));
    }

    assertThat(codes).hasSize(1_000);
  }

  @Test
  void readsBackItsPrintedForm() throws NoSuchAlgorithmException {
    AccessCode code = AccessCode.random(seeded());

    assertThat(AccessCode.parse(code.printed())).isEqualTo(code);
    assertThat(code.matches(code.printed().toLowerCase())).isTrue();
  }

  @Test
  void keepsTheCodeOutOfItsTextForm() {
    AccessCode code = AccessCode.parse(CODE);

    assertThat(code.toString()).doesNotContain(CODE).doesNotContain("ABCD");
  }

  @Test
  void keepsTheRefusedTextOutOfTheMessage() {
    assertThatThrownBy(() -> AccessCode.parse("ABCD-EFGH-JKM0")).message().doesNotContain("ABCD");
  }

  private static SecureRandom seeded() throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(20_261_201L);
    return random;
  }
}
