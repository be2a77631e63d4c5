package io.recouvra.shared.files.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies download links: an HMAC-SHA256, under a secret key, over {@code
 * fileId|subject|expires}, written in base64url without padding. Verification compares in constant
 * time, so the time taken tells nothing about how much of a forged signature was right.
 */
public final class LinkSigner {

  private static final String ALGORITHM = "HmacSHA256";
  private static final char SEPARATOR = '|';

  private final SecretKeySpec key;

  /** A signer with {@code secret} as its key. */
  public LinkSigner(byte[] secret) {
    if (secret.length == 0) {
      throw new IllegalArgumentException("The link secret is empty");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /**
   * The signature of a link to {@code fileId} for {@code subject}, valid before {@code expires}.
   */
  public String sign(String fileId, String subject, long expires) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(fileId, subject, expires));
  }

  /** Whether {@code signature} is the one {@link #sign} gives for these values. */
  public boolean verify(String fileId, String subject, long expires, String signature) {
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(signature);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    return MessageDigest.isEqual(mac(fileId, subject, expires), given);
  }

  private byte[] mac(String fileId, String subject, long expires) {
    String message = fileId + SEPARATOR + subject + SEPARATOR + expires;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
