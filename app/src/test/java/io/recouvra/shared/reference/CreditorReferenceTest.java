package io.recouvra.shared.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditorReferenceTest {

  /**
   * Valid references published by others: the example of the Wikipedia article "Creditor Reference"
   * and of python-stdnum's iso11649 module (RF18 5390 0754 7034, RF18 5390 0754 70Y), the SEPA
   * example of the XMLdation wiki (RF712348231), and test cases of the Elixir creditor_reference
   * library (RF471234567890, RF18000000000539007547034) and of the Swiss QR bill generator
   * (RF49N73GBST73AKL38ZX, RF08 B370 0321).
   */
  @ParameterizedTest(name = "{0} is valid, electronically {1}")
  @CsvSource({
    "RF18 5390 0754 7034, RF18539007547034",
    "RF18539007547034, RF18539007547034",
    "RF18 5390 0754 70Y, RF185390075470Y",
    "RF712348231, RF712348231",
    "RF71 2348 231, RF712348231",
    "RF471234567890, RF471234567890",
    "RF18000000000539007547034, RF18000000000539007547034",
    "RF49N73GBST73AKL38ZX, RF49N73GBST73AKL38ZX",
    "RF08 B370 0321, RF08B3700321",
    "rf08 b370 0321, RF08B3700321",
    "'  RF18 53 90 0754 7034  ', RF18539007547034"
  })
  void acceptsPublishedExamples(String text, String electronic) {
    assertThat(CreditorReference.isValid(text)).isTrue();
    assertThat(CreditorReference.parse(text).electronic()).isEqualTo(electronic);
  }

  @ParameterizedTest(name = "body {0} gets check digits {1}")
  @CsvSource({
    "539007547034, 18",
    "5390075470Y, 18",
    "2348231, 71",
    "1234567890, 47",
    "000000000539007547034, 18",
    "N73GBST73AKL38ZX, 49",
    "B3700321, 08",
    "b3700321, 08"
  })
  void computesTheCheckDigitsOfPublishedExamples(String body, String check) {
    CreditorReference reference = CreditorReference.forBody(body);

    assertThat(reference.checkDigits()).isEqualTo(check);
    assertThat(reference.body()).isEqualTo(body.toUpperCase());
    assertThat(reference.electronic()).isEqualTo("RF" + check + body.toUpperCase());
  }

  /** Check digits worked out by hand with arbitrary-precision integers, outside this code. */
  @ParameterizedTest(name = "body {0} gets check digits {1}")
  @CsvSource({"7, 09", "36, 02", "54, 98", "1, 74", "A, 25", "000000000000000000, 04"})
  void writesCheckDigitsWithTwoDigitsFromTwoToNinetyEight(String body, String check) {
    assertThat(CreditorReference.forBody(body).checkDigits()).isEqualTo(check);
  }

  /**
   * Wrong check digits: RF17 is python-stdnum's example of an invalid checksum; RF68 appeared in an
   * early revision of the Wikipedia article and does not check; the last one was offered as an
   * example, but its check digits do not hold.
   */
  @ParameterizedTest(name = "{0} has wrong check digits")
  @ValueSource(
      strings = {
        "RF17 5390 0754 7034",
        "RF68 5390 0754 7034",
        "RF19539007547034",
        "RF18 5390 0754 7035",
        "RF18 0000 0000 0000 0000 0012 3",
        "RF48N73GBST73AKL38ZX"
      })
  void refusesWrongCheckDigits(String text) {
    assertThat(CreditorReference.isValid(text)).isFalse();
    assertThatThrownBy(() -> CreditorReference.parse(text))
        .isInstanceOf(InvalidCreditorReferenceException.class);
  }

  @Test
  void refusesCheckDigitsOutsideTwoToNinetyEightEvenWhenTheRemainderFits() {
    assertThat(CreditorReference.isValid("RF9854")).isTrue();
    assertThat(CreditorReference.isValid("RF0154")).isFalse();
    assertThat(CreditorReference.isValid("RF9936")).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is malformed")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "RF",
        "RF18",
        "RF18 ",
        "RF1",
        "18539007547034",
        "XX18539007547034",
        "FR18539007547034",
        "RFAB539007547034",
        "RF18-5390-0754-7034",
        "RF18\t5390\t0754\t7034",
        "RF18 5390 0754 7034.",
        "RF185390075470\u0130",
        "RF185390075470\u0131",
        "RF18000000000000539007547034",
        // 22 characters of body, check digits right for the number it stands for
        "RF180000000000539007547034"
      })
  void refusesMalformedText(String text) {
    assertThat(CreditorReference.isValid(text)).isFalse();
    assertThatThrownBy(() -> CreditorReference.parse(text))
        .isInstanceOf(InvalidCreditorReferenceException.class);
  }

  @Test
  void refusesVeryLongText() {
    String padded = "RF18539007547034" + " ".repeat(100);

    assertThat(CreditorReference.isValid(padded)).isFalse();
  }

  @ParameterizedTest(name = "body \"{0}\" is refused")
  @NullAndEmptySource
  @ValueSource(strings = {"0000000000000000000001", "12 34", "12-34", "ABC\u00c9", "\u0131"})
  void refusesBadBodies(String body) {
    assertThatThrownBy(() -> CreditorReference.forBody(body))
        .isInstanceOf(InvalidCreditorReferenceException.class);
  }

  @Test
  void acceptsBodiesOfOneToTwentyOneCharacters() {
    assertThat(CreditorReference.forBody("Z").electronic()).hasSize(5);
    assertThat(CreditorReference.forBody("Z".repeat(21)).electronic()).hasSize(25);
  }

  @Test
  void detectsEverySingleMistypedDigit() {
    String valid = "RF18539007547034";
    for (int position = 2; position < valid.length(); position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != valid.charAt(position)) {
          String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
          assertThat(CreditorReference.isValid(typo)).as(typo).isFalse();
        }
      }
    }
  }

  @Test
  void detectsEverySingleMistypedLetter() {
    String valid = "RF49N73GBST73AKL38ZX";
    for (int position = 4; position < valid.length(); position++) {
      if (Character.isLetter(valid.charAt(position))) {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
          if (letter != valid.charAt(position)) {
            String typo = valid.substring(0, position) + letter + valid.substring(position + 1);
            assertThat(CreditorReference.isValid(typo)).as(typo).isFalse();
          }
        }
      }
    }
  }

  @Test
  void detectsEverySwapOfNeighbouringDigitsInTheBody() {
    String valid = "RF18539007547034";
    for (int position = 4; position < valid.length() - 1; position++) {
      char first = valid.charAt(position);
      char second = valid.charAt(position + 1);
      if (first != second) {
        String swapped =
            valid.substring(0, position) + second + first + valid.substring(position + 2);
        assertThat(CreditorReference.isValid(swapped)).as(swapped).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0} prints as \"{1}\"")
  @CsvSource({
    "RF18539007547034, RF18 5390 0754 7034",
    "RF712348231, RF71 2348 231",
    "RF18000000000539007547034, RF18 0000 0000 0539 0075 4703 4",
    "RF097, RF09 7",
    "RF9854, RF98 54",
    "RF25A, RF25 A"
  })
  void printsInGroupsOfFour(String electronic, String printed) {
    CreditorReference reference = CreditorReference.parse(electronic);

    assertThat(reference.printed()).isEqualTo(printed);
    assertThat(CreditorReference.parse(printed)).isEqualTo(reference);
  }

  @Test
  void isEqualByValueAndShowsItsElectronicForm() {
    CreditorReference typed = CreditorReference.parse("rf18 5390 0754 7034");

    assertThat(typed).isEqualTo(CreditorReference.forBody("539007547034"));
    assertThat(typed).hasToString("RF18539007547034");
  }

  @Test
  void theConstructorTakesOnlyTheElectronicForm() {
    assertThat(new CreditorReference("RF18539007547034").body()).isEqualTo("539007547034");
    assertThatThrownBy(() -> new CreditorReference("RF18 5390 0754 7034"))
        .isInstanceOf(InvalidCreditorReferenceException.class);
    assertThatThrownBy(() -> new CreditorReference("rf18539007547034"))
        .isInstanceOf(InvalidCreditorReferenceException.class);
  }

  @Test
  void drawsValidReferencesWithEighteenDigitBodies() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 1_000; i++) {
      CreditorReference reference = CreditorReference.random(random);

      assertThat(reference.body()).hasSize(18).containsOnlyDigits();
      assertThat(CreditorReference.isValid(reference.printed())).isTrue();
    }
  }

  @Test
  void keepsLeadingZerosOfADrawnBody() {
    RandomGenerator alwaysZero = () -> 0L;

    CreditorReference reference = CreditorReference.random(alwaysZero);

    assertThat(reference.electronic()).isEqualTo("RF04000000000000000000");
  }

  @Test
  void drawsDifferentReferencesFromDifferentDraws() {
    SplittableRandom random = new SplittableRandom(7);

    assertThat(CreditorReference.random(random)).isNotEqualTo(CreditorReference.random(random));
  }
}
