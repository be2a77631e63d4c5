package io.recouvra.shared.files.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Searching raw bytes, as the content checks need. */
final class Bytes {
  static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

  private Bytes() {}

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static boolean startsWith(byte[] content, byte[] prefix) {
    return regionMatches(content, 0, prefix);
  }

  static boolean regionMatches(byte[] content, int offset, byte[] expected) {
    if (offset < 0 || offset + expected.length > content.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (content[offset + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first index of {@code wanted} in {@code content[from, to)}, or -1. */
  static int indexOf(byte[] content, byte[] wanted, int from, int to) {
    int last = Math.min(to, content.length) - wanted.length;
    for (int i = Math.max(0, from); i <= last; i++) {
      if (content[i] == wanted[0] && regionMatches(content, i, wanted)) {
        return i;
      }
    }
    return -1;
  }

  static int indexOf(byte[] content, byte[] wanted, int from) {
    return indexOf(content, wanted, from, content.length);
  }

  /** The last index of {@code wanted} starting in {@code content[from, to)}, or -1. */
  static int lastIndexOf(byte[] content, byte[] wanted, int from, int to) {
    for (int i = Math.min(to, content.length - wanted.length); i >= Math.max(0, from); i--) {
      if (content[i] == wanted[0] && regionMatches(content, i, wanted)) {
        return i;
      }
    }
    return -1;
  }

  static int unsignedShort(byte[] content, int offset) {
    return (content[offset] & 0xff) << 8 | content[offset + 1] & 0xff;
  }

  static long unsignedInt(byte[] content, int offset) {
    return (long) unsignedShort(content, offset) << 16 | unsignedShort(content, offset + 2);
  }

  static boolean isWhiteSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == 0;
  }
}
