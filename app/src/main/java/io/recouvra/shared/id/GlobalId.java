package io.recouvra.shared.id;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An id that names any object the API shows: its type (the GraphQL type name, e.g. {@code Debt})
 * and its UUID. Clients see it only {@linkplain #encode() encoded}, as an opaque string, and hand
 * it back to {@code node(id:)} and to mutations.
 *
 * @param type the object's type: an upper-case letter then 1 to 40 letters
 * @param uuid the object's UUID
 */
public record GlobalId(String type, UUID uuid) {

  /** Longest text {@link #decode} looks at; every id Recouvra issues is much shorter. */
  public static final int MAX_ENCODED_LENGTH = 200;

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Za-z]{1,40}");
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  private static final char SEPARATOR = ':';

  /**
   * Checks the type and the UUID.
   *
   * @throws InvalidIdException when the type is missing or not a type name
   * @throws NullPointerException when the UUID is missing
   */
  public GlobalId {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new InvalidIdException("the id's type is not a type name");
    }
    Objects.requireNonNull(uuid, "uuid");
  }

  /** The global id of the object of type {@code type} with UUID {@code uuid}. */
  public static GlobalId of(String type, UUID uuid) {
    return new GlobalId(type, uuid);
  }

  /**
   * Reads an id made by {@link #encode()}. Only the exact text {@code encode} produces is accepted:
   * no padding, no white space, no other spelling of the same bytes.
   *
   * @throws InvalidIdException when the text is missing, blank, longer than {@value
   *     #MAX_ENCODED_LENGTH} characters, or not an encoded global id
   */
  public static GlobalId decode(String text) {
    if (text == null || text.length() > MAX_ENCODED_LENGTH || !BASE64URL.matcher(text).matches()) {
      throw malformed();
    }
    GlobalId id = fromPlain(base64Decoded(text));
    if (!id.encode().equals(text)) {
      throw malformed();
    }
    return id;
  }

  /** The opaque text form: the UTF-8 bytes of {@code type:uuid} in base64url, without padding. */
  public String encode() {
    byte[] plain = (type + SEPARATOR + uuid).getBytes(StandardCharsets.UTF_8);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
  }

  /** Whether this id names an object of type {@code expectedType}. */
  public boolean hasType(String expectedType) {
    return type.equals(expectedType);
  }

  /**
   * The UUID, provided this id is of type {@code expectedType}.
   *
   * @throws InvalidIdException when it is of another type
   */
  public UUID uuidOfType(String expectedType) {
    if (!hasType(expectedType)) {
      throw new InvalidIdException("the id does not name an object of the expected type");
    }
    return uuid;
  }

  /** The encoded form, as {@link #encode()}. */
  @Override
  public String toString() {
    return encode();
  }

  private static String base64Decoded(String text) {
    try {
      return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw malformed();
    }
  }

  private static GlobalId fromPlain(String plain) {
    int separator = plain.indexOf(SEPARATOR);
    if (separator < 0) {
      throw malformed();
    }
    String type = plain.substring(0, separator);
    UUID uuid = UuidText.parse(plain.substring(separator + 1));
    return new GlobalId(type, uuid);
  }

  private static InvalidIdException malformed() {
    return new InvalidIdException("the id is not one Recouvra issued");
  }
}
