package io.recouvra.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Global ids as the server builds them (base64url "Type:uuid"): read, or made to name nothing. */
public final class GlobalIds {

  private GlobalIds() {}

  /** The uuid inside a global id. */
  public static String uuidOf(String globalId) {
    String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
    return decoded.substring(decoded.indexOf(':') + 1);
  }

  /** An id of the same type and encoding as {@code existing}, with a random uuid. */
  public static String unknownLike(String existing) {
    String decoded = new String(Base64.getUrlDecoder().decode(existing), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      throw new AssertionError("Global id " + existing + " is not base64url of Type:uuid");
    }
    String unknown = decoded.substring(0, colon + 1) + UUID.randomUUID();
    Base64.Encoder encoder =
        existing.endsWith("=") ? Base64.getUrlEncoder() : Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString(unknown.getBytes(StandardCharsets.UTF_8));
  }
}
