package io.recouvra.it.support;

import java.util.List;
import java.util.Optional;

/**
 * Who calls the API, as the demo identity headers carry it: roles ({@code X-Demo-Roles}) and the
 * caller's creditor ({@code X-Demo-Creditor}, a global id), and the account ({@code
 * X-Demo-Subject}) when a test needs several people of one role. No roles means anonymous.
 */
public record Identity(List<String> roles, Optional<String> creditorId, Optional<String> subject) {

  public Identity {
    roles = List.copyOf(roles);
  }

  public Identity(List<String> roles, Optional<String> creditorId) {
    this(roles, creditorId, Optional.empty());
  }

  /**
   * A signed-in debtor with their own account ({@code X-Demo-Subject}), belonging to no creditor.
   */
  public static Identity debtor(String subject) {
    return new Identity(List.of("debtor"), Optional.empty(), Optional.of(subject));
  }

  public static Identity anonymous() {
    return new Identity(List.of(), Optional.empty());
  }

  /** A platform administrator, who belongs to no creditor. */
  public static Identity admin() {
    return new Identity(List.of("admin"), Optional.empty());
  }

  /** A caller of the given creditor with the given roles. */
  public static Identity ofCreditor(String creditorId, String... roles) {
    return new Identity(List.of(roles), Optional.of(creditorId));
  }

  boolean isAnonymous() {
    return roles.isEmpty();
  }

  String rolesHeader() {
    return String.join(",", roles);
  }
}
