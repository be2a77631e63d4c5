package io.recouvra.shared.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdTest {

  private static final UUID ZERO = new UUID(0, 0);
  private static final UUID SAMPLE = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

  /** Base64url of "Debtor:3f2504e0-4f89-41d3-9a0c-0305e82c3301", computed outside Java. */
  private static final String SAMPLE_DEBTOR =
      "RGVidG9yOjNmMjUwNGUwLTRmODktNDFkMy05YTBjLTAzMDVlODJjMzMwMQ";

  @Test
  void encodesTypeAndUuidAsUnpaddedBase64Url() {
    assertThat(GlobalId.of("Debt", ZERO).encode())
        .isEqualTo("RGVidDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA");
    assertThat(GlobalId.of("Debtor", SAMPLE).encode()).isEqualTo(SAMPLE_DEBTOR);
  }

  @Test
  void encodingIsTheUtf8TextTypeColonUuid() {
    String encoded = GlobalId.of("Creditor", SAMPLE).encode();

    assertThat(encoded).doesNotContain("=", "+", "/");
    assertThat(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo("Creditor:" + SAMPLE);
  }

  @Test
  void decodesWhatItEncodes() {
    GlobalId id = GlobalId.of("Debtor", SAMPLE);

    assertThat(GlobalId.decode(SAMPLE_DEBTOR)).isEqualTo(id);
    assertThat(GlobalId.decode(id.encode()).uuid()).isEqualTo(SAMPLE);
    GlobalId random = GlobalId.of("Debt", UUID.randomUUID());
    assertThat(GlobalId.decode(random.encode())).isEqualTo(random);
  }

  @Test
  void showsItselfEncoded() {
    assertThat(GlobalId.of("Debtor", SAMPLE)).hasToString(SAMPLE_DEBTOR);
  }

  @ParameterizedTest(name = "type \"{0}\" is accepted")
  @ValueSource(
      strings = {"Debt", "Ab", "DebtStatusChange", "AbcdefghijklmnopqrstuvwxyzAbcdefghijklmno"})
  void acceptsTypeNames(String type) {
    GlobalId id = GlobalId.of(type, SAMPLE);

    assertThat(GlobalId.decode(id.encode()).type()).isEqualTo(type);
  }

  @ParameterizedTest(name = "type \"{0}\" is refused")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "D",
        "debt",
        "Debt2",
        "Debt_Status",
        "Debt:x",
        " Debt",
        "Débt",
        "AbcdefghijklmnopqrstuvwxyzAbcdefghijklmnop"
      })
  void refusesOtherTypeNames(String type) {
    assertThatThrownBy(() -> GlobalId.of(type, SAMPLE)).isInstanceOf(InvalidIdException.class);
  }

  @ParameterizedTest(name = "\"{0}\" is not a global id")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "!!!!",
        // valid ids padded, with white space, or in the standard alphabet
        SAMPLE_DEBTOR + "==",
        " " + SAMPLE_DEBTOR,
        SAMPLE_DEBTOR + "\n",
        // same bytes, but unused trailing bits set: not the text encode() gives
        "RGVidG9yOjNmMjUwNGUwLTRmODktNDFkMy05YTBjLTAzMDVlODJjMzMwMR",
        // "Debt" (no colon)
        "RGVidA",
        // "debt:3f25...": lower-case type
        "ZGVidDozZjI1MDRlMC00Zjg5LTQxZDMtOWEwYy0wMzA1ZTgyYzMzMDE",
        // "Debt:3F25...": upper-case UUID, not what encode() gives
        "RGVidDozRjI1MDRFMC00Rjg5LTQxRDMtOUEwQy0wMzA1RTgyQzMzMDE",
        // "Debt:" followed by bytes that are not UTF-8, in both alphabets
        "RGVidDr__g",
        "RGVidDr//g",
        // a length that no base64 text has
        "RGVidDowM"
      })
  void refusesMalformedText(String text) {
    assertThatThrownBy(() -> GlobalId.decode(text)).isInstanceOf(InvalidIdException.class);
  }

  @Test
  void refusesTextWithABadUuid() {
    assertThatThrownBy(() -> GlobalId.decode(encoded("Debt:not-a-uuid")))
        .isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> GlobalId.decode(encoded("Debt:1-2-3-4-5")))
        .isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> GlobalId.decode(encoded("Debt:" + SAMPLE + ":x")))
        .isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> GlobalId.decode(encoded(":" + SAMPLE)))
        .isInstanceOf(InvalidIdException.class);
  }

  @Test
  void refusesTextLongerThanTwoHundredCharacters() {
    String longType = "A" + "b".repeat(40);
    String fits = GlobalId.of(longType, SAMPLE).encode();
    assertThat(fits.length()).isLessThanOrEqualTo(GlobalId.MAX_ENCODED_LENGTH);

    String tooLong = encoded("Debt:" + SAMPLE + " ".repeat(120));
    assertThat(tooLong.length()).isGreaterThan(200);
    assertThatThrownBy(() -> GlobalId.decode(tooLong)).isInstanceOf(InvalidIdException.class);
    assertThatThrownBy(() -> GlobalId.decode("A".repeat(201)))
        .isInstanceOf(InvalidIdException.class);
  }

  @Test
  void givesTheUuidOnlyForTheExpectedType() {
    GlobalId id = GlobalId.of("Debt", SAMPLE);

    assertThat(id.hasType("Debt")).isTrue();
    assertThat(id.hasType("Debtor")).isFalse();
    assertThat(id.uuidOfType("Debt")).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> id.uuidOfType("Debtor")).isInstanceOf(InvalidIdException.class);
  }

  @Test
  void refusesAMissingUuid() {
    assertThatThrownBy(() -> GlobalId.of("Debt", null)).isInstanceOf(NullPointerException.class);
  }

  private static String encoded(String plain) {
    byte[] bytes = plain.getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
