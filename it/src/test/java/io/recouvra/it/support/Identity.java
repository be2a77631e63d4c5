package io.recouvra.it.support;

import java.util.List;
import java.util.Optional;

/**
 * Who calls the API, as the demo identity headers carry it: roles ({@code X-Demo-Roles}) and the
 * caller's creditor ({@code X-Demo-Creditor}, a global id). No roles means anonymous.
 */
public record Identity(List<String> roles, Optional<String> creditorId) {

  public Identity {
    roles = List.copyOf(roles);
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
