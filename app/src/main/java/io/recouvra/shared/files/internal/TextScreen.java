package io.recouvra.shared.files.internal;

import java.util.List;
import java.util.Locale;

/**
 * Checks that content is plain text (or CSV): no control characters other than tab, line feed, form
 * feed and carriage return (so no binary and no hidden archive), and no HTML or SVG that a browser
 * could be tricked into rendering.
 */
final class TextScreen {

  private static final List<String> MARKUP =
      List.of("<script", "<svg", "<html", "<iframe", "<object", "<embed", "<!doctype html");

  private TextScreen() {}

  /**
   * Checks declared text.
   *
   * @throws RefusedContent when it must not be kept
   */
  static void check(byte[] text) {
    for (byte b : text) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        throw RefusedContent.mismatch("The content is not text: it has binary or control bytes");
      }
    }
    String lower = new String(text, Bytes.LATIN_1).toLowerCase(Locale.ROOT);
    for (String markup : MARKUP) {
      if (lower.contains(markup)) {
        throw RefusedContent.unsafe("The text contains HTML or SVG markup");
      }
    }
  }
}
