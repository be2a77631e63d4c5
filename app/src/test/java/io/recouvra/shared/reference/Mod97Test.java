package io.recouvra.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same MOD 97-10 arithmetic checks IBANs (ISO 13616): the country code and check digits move to
 * the end and the remainder must be 1. The IBANs below are the published examples of their
 * countries' formats (the ECBS/SWIFT IBAN registry samples).
 */
class Mod97Test {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "DE89 3704 0044 0532 0130 00",
        "BE68 5390 0754 7034",
        "FR14 2004 1010 0505 0001 3M02 606",
        "GB82 WEST 1234 5698 7654 32",
        "NL91 ABNA 0417 1643 00",
        "CH93 0076 2011 6238 5295 7",
        "IT60 X054 2811 1010 0000 0123 456",
        "AT61 1904 3002 3457 3201"
      })
  void validatesPublishedIbans(String iban) {
    assertThat(Mod97.remainder(rearranged(iban))).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "DE88 3704 0044 0532 0130 00",
        "BE68 5390 0754 7043",
        "GB82 WEST 1234 5698 7654 33",
        "FR14 2004 1010 0505 0001 3M02 607"
      })
  void rejectsIbansWithATypo(String iban) {
    assertThat(Mod97.remainder(rearranged(iban))).isNotEqualTo(1);
  }

  @Test
  void computesIbanCheckDigits() {
    assertThat(Mod97.checkDigits("370400440532013000" + "DE00")).isEqualTo("89");
    assertThat(Mod97.checkDigits("WEST12345698765432" + "GB00")).isEqualTo("82");
    assertThat(Mod97.checkDigits("539007547034" + "BE00")).isEqualTo("68");
  }

  @Test
  void computesSmallRemaindersDirectly() {
    assertThat(Mod97.remainder("0")).isZero();
    assertThat(Mod97.remainder("96")).isEqualTo(96);
    assertThat(Mod97.remainder("97")).isZero();
    assertThat(Mod97.remainder("98")).isEqualTo(1);
    assertThat(Mod97.remainder("A")).isEqualTo(10);
    assertThat(Mod97.remainder("Z")).isEqualTo(35);
    assertThat(Mod97.remainder("AA")).isEqualTo(1010 % 97);
  }

  @Test
  void handlesNumbersFarBeyondLong() {
    String digits = "9".repeat(60);

    assertThat(Mod97.remainder(digits))
        .isEqualTo(
            new java.math.BigInteger(digits).mod(java.math.BigInteger.valueOf(97)).intValue());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"a", "12 3", "-1", "\u0661"})
  void refusesCharactersWithoutAValue(String text) {
    assertThatThrownBy(() -> Mod97.remainder(text)).isInstanceOf(IllegalArgumentException.class);
  }

  private static String rearranged(String iban) {
    String compact = iban.replace(" ", "");
    return compact.substring(4) + compact.substring(0, 4);
  }
}
