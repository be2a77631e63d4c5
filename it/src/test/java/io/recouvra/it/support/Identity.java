package io.recouvra.it.support;

import java.util.List;
import java.util.Optional;

/**
 * Who calls the API, and so which bearer token a request carries ({@link SuiteIdentities} gets or
 * mints it): roles, the creditor acted for (a global id), the account when a test needs several
 * people of one role, or a client application's credentials at the suite's Keycloak. No roles and
 * no credentials means anonymous: no token at all.
 */
public record Identity(
    List<String> roles,
    Optional<String> creditorId,
    Optional<String> subject,
    Optional<ClientCredentials> credentials) {

  /** A client application's credentials, for the client credentials grant. */
  public record ClientCredentials(String clientId, String secret) {}

  public Identity {
    roles = List.copyOf(roles);
  }

  public Identity(List<String> roles, Optional<String> creditorId) {
    this(roles, creditorId, Optional.empty(), Optional.empty());
  }

  /** A signed-in debtor with their own account, belonging to no creditor. */
  public static Identity debtor(String subject) {
    return new Identity(
        List.of("debtor"), Optional.empty(), Optional.of(subject), Optional.empty());
  }

  public static Identity anonymous() {
    return new Identity(List.of(), Optional.empty());
  }

  /** The demo realm's administrator, {@code admin}, with a token from Keycloak. */
  public static Identity admin() {
    return new Identity(List.of("admin"), Optional.empty());
  }

  /** A caller of the given creditor with the given roles. */
  public static Identity ofCreditor(String creditorId, String... roles) {
    return new Identity(List.of(roles), Optional.of(creditorId));
  }

  /** A creditor's application, authenticating at Keycloak with its own credentials. */
  public static Identity clientApp(String creditorId, String clientId, String secret) {
    return new Identity(
        List.of("client-app"),
        Optional.of(creditorId),
        Optional.empty(),
        Optional.of(new ClientCredentials(clientId, secret)));
  }

  /** The same caller, as the account {@code subject}. */
  public Identity as(String otherSubject) {
    return new Identity(roles, creditorId, Optional.of(otherSubject), credentials);
  }

  boolean isAnonymous() {
    return roles.isEmpty() && credentials.isEmpty();
  }
}
