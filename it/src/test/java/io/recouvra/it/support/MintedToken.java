package io.recouvra.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A JWT access token built by a test, shaped as Keycloak's (issuer, audience, {@code sub}, {@code
 * upn}, {@code groups}, {@code creditor}) and signed RS256 with the realm's fixed key unless told
 * otherwise. Each setter returns a changed copy, so a valid token is the base of each wrong one.
 */
public final class MintedToken {

  private static final Duration LIFETIME = Duration.ofMinutes(5);

  /** How the token is signed. */
  private enum Signer {
    REALM_KEY,
    ANOTHER_KEY,
    NONE
  }

  private final Tokens.RealmKey realmKey;
  private final String issuer;
  private final String audience;
  private final List<String> groups;
  private final Optional<String> creditor;
  private final Optional<String> subject;
  private final Instant issuedAt;
  private final Signer signer;

  MintedToken(Tokens.RealmKey realmKey, String issuer, String... groups) {
    this(
        realmKey,
        issuer,
        "recouvra-api",
        List.of(groups),
        Optional.empty(),
        Optional.empty(),
        Instant.now(),
        Signer.REALM_KEY);
  }

  private MintedToken(
      Tokens.RealmKey realmKey,
      String issuer,
      String audience,
      List<String> groups,
      Optional<String> creditor,
      Optional<String> subject,
      Instant issuedAt,
      Signer signer) {
    this.realmKey = realmKey;
    this.issuer = issuer;
    this.audience = audience;
    this.groups = List.copyOf(groups);
    this.creditor = creditor;
    this.subject = subject;
    this.issuedAt = issuedAt;
    this.signer = signer;
  }

  /** Acting for the creditor of this UUID (the {@code creditor} claim). */
  public MintedToken creditor(String creditorUuid) {
    return new MintedToken(
        realmKey, issuer, audience, groups, Optional.of(creditorUuid), subject, issuedAt, signer);
  }

  /** For the account {@code accountId} (the {@code sub} claim); a random one otherwise. */
  public MintedToken subject(String accountId) {
    return new MintedToken(
        realmKey, issuer, audience, groups, creditor, Optional.of(accountId), issuedAt, signer);
  }

  public MintedToken issuer(String otherIssuer) {
    return new MintedToken(
        realmKey, otherIssuer, audience, groups, creditor, subject, issuedAt, signer);
  }

  public MintedToken audience(String otherAudience) {
    return new MintedToken(
        realmKey, issuer, otherAudience, groups, creditor, subject, issuedAt, signer);
  }

  /** Issued so long ago that it expired {@code ago} before now. */
  public MintedToken expiredFor(Duration ago) {
    Instant issued = Instant.now().minus(ago).minus(LIFETIME);
    return new MintedToken(realmKey, issuer, audience, groups, creditor, subject, issued, signer);
  }

  /** Signed with a fresh RSA key that Keycloak never published, under the realm key's id. */
  public MintedToken signedByAnotherKey() {
    return new MintedToken(
        realmKey, issuer, audience, groups, creditor, subject, issuedAt, Signer.ANOTHER_KEY);
  }

  /** With {@code alg: none} and no signature. */
  public MintedToken unsigned() {
    return new MintedToken(
        realmKey, issuer, audience, groups, creditor, subject, issuedAt, Signer.NONE);
  }

  /** The compact serialisation, {@code header.payload.signature}. */
  public String encoded() {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", signer == Signer.NONE ? "none" : "RS256")
            .add("typ", "JWT")
            .add("kid", realmKey.keyId())
            .build();
    String signingInput = part(header.toString()) + "." + part(claims().toString());
    return signingInput + "." + signature(signingInput);
  }

  private JsonObject claims() {
    String sub = subject.orElseGet(() -> UUID.randomUUID().toString());
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", issuer)
            .add("aud", audience)
            .add("sub", sub)
            .add("upn", "minted-" + sub)
            .add("typ", "Bearer")
            .add("iat", issuedAt.getEpochSecond())
            .add("exp", issuedAt.plus(LIFETIME).getEpochSecond())
            .add("jti", UUID.randomUUID().toString())
            .add("groups", Json.createArrayBuilder(groups));
    creditor.ifPresent(uuid -> claims.add("creditor", uuid));
    return claims.build();
  }

  private String signature(String signingInput) {
    if (signer == Signer.NONE) {
      return "";
    }
    try {
      PrivateKey key = signer == Signer.REALM_KEY ? realmKey.privateKey() : anotherKey();
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot sign the token", e);
    }
  }

  private static PrivateKey anotherKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }

  private static String part(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
