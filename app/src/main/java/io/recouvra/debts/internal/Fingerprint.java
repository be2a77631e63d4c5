package io.recouvra.debts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest of a list of values, to recognise the same content sent again. */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Object... values) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Object value : values) {
        String text = String.valueOf(value);
        digest.update(Integer.toString(text.length()).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(text.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
