package io.recouvra.shared.id;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads UUIDs strictly in their canonical 8-4-4-4-12 hexadecimal form; {@link UUID#fromString}
 * alone also accepts shortened groups such as {@code 1-2-3-4-5}.
 */
final class UuidText {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private UuidText() {}

  /** The UUID written as {@code text}, or an {@link InvalidIdException}. */
  static UUID parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw new InvalidIdException("the id is not a UUID");
    }
    return UUID.fromString(text);
  }
}
