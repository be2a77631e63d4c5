package io.recouvra.debts.internal;

import io.recouvra.shared.paging.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Encodes a cursor's parts as opaque text, and reads them back. */
final class CursorText {
  private static final int MAX_LENGTH = 400;

  private CursorText() {}

  static String encode(String kind, String... parts) {
    String plain = kind + "\n" + String.join("\n", parts);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The parts of a cursor of {@code kind} with {@code count} parts. */
  static List<String> decode(String text, String kind, int count) {
    if (text == null || text.length() > MAX_LENGTH) {
      throw new InvalidCursorException();
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      List<String> parts = List.of(plain.split("\n", -1));
      if (parts.size() != count + 1 || !parts.get(0).equals(kind)) {
        throw new InvalidCursorException();
      }
      UUID.fromString(parts.get(count));
      return parts.subList(1, parts.size());
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException();
    }
  }
}
