package io.recouvra.it.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer token each {@link Identity} calls with. Client applications and the administrator get
 * theirs from the suite's Keycloak (client credentials, password grant); the other test identities
 * (a creditor's staff, debtors with their own accounts) get a token minted here with the realm's
 * signing key, which Liberty verifies exactly as a Keycloak one. Tokens are reused for three of
 * their five minutes. Installed once per run by {@link SuiteServerExtension}, with the server.
 */
public final class SuiteIdentities {
  private static final Duration REUSE = Duration.ofMinutes(3);
  private static final Map<Identity, Issued> ISSUED = new ConcurrentHashMap<>();
  private static volatile Tokens tokens;

  private SuiteIdentities() {}

  private record Issued(String token, Instant at) {}

  static void install(Tokens suiteTokens) {
    tokens = suiteTokens;
  }

  /** The token {@code who} calls with; empty for an anonymous caller. */
  static Optional<String> bearerFor(Identity who) {
    if (who.isAnonymous()) {
      return Optional.empty();
    }
    Issued issued = ISSUED.get(who);
    if (issued == null || issued.at().plus(REUSE).isBefore(Instant.now())) {
      issued = new Issued(fetch(who), Instant.now());
      ISSUED.put(who, issued);
    }
    return Optional.of(issued.token());
  }

  /**
   * The account id a minted identity's token carries: its own subject, or one derived from its
   * roles and creditor, the same at every call.
   */
  public static String subjectOf(Identity who) {
    return who.subject()
        .orElseGet(
            () ->
                UUID.nameUUIDFromBytes(
                        (who.roles() + "|" + who.creditorId().orElse(""))
                            .getBytes(StandardCharsets.UTF_8))
                    .toString());
  }

  private static String fetch(Identity who) {
    Tokens suite = installed();
    if (who.credentials().isPresent()) {
      return suite.clientApp(who.credentials().get().clientId(), who.credentials().get().secret());
    }
    if (who.equals(Identity.admin())) {
      return suite.user("admin");
    }
    MintedToken minted = suite.mint(who.roles().toArray(String[]::new)).subject(subjectOf(who));
    if (who.creditorId().isPresent()) {
      minted = minted.creditor(GlobalIds.uuidOf(who.creditorId().get()));
    }
    return minted.encoded();
  }

  private static Tokens installed() {
    Tokens suite = tokens;
    if (suite == null) {
      throw new IllegalStateException("No suite Keycloak: extend the test with RecouvraIT");
    }
    return suite;
  }
}
