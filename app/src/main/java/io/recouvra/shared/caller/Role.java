package io.recouvra.shared.caller;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the platform, as named in the identity provider's tokens. */
public enum Role {
  DEBTOR("debtor"),
  CREDIT_CONTROLLER("credit-controller"),
  COMPLIANCE_OFFICER("compliance-officer"),
  AGENCY("agency"),
  ADMIN("admin"),
  CLIENT_APP("client-app");

  private final String tokenName;

  Role(String tokenName) {
    this.tokenName = tokenName;
  }

  /** The role's name in tokens, e.g. {@code credit-controller}. */
  public String tokenName() {
    return tokenName;
  }

  /** The role named {@code name} in a token, if it is one of ours. */
  public static Optional<Role> fromTokenName(String name) {
    return Arrays.stream(values()).filter(r -> r.tokenName.equals(name.trim())).findFirst();
  }
}
