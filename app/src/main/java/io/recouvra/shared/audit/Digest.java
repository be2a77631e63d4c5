package io.recouvra.shared.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of a list of values, each length-prefixed so that no two lists share a digest by
 * accident of concatenation. Used for payload digests and to recognise content sent again.
 */
public final class Digest {
  private Digest() {}

  /** The lower-case hex SHA-256 of the values' text forms. */
  public static String of(Object... values) {
    MessageDigest digest = sha256();
    for (Object value : values) {
      String text = String.valueOf(value);
      digest.update(Integer.toString(text.length()).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) ':');
      digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
