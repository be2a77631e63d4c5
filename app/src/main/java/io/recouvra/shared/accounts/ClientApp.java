package io.recouvra.shared.accounts;

/**
 * A creditor's client application as created at the identity provider. The secret is handed to the
 * administrator once, in the answer to the onboarding, and kept nowhere in Recouvra.
 *
 * @param internalId the identity provider's id of the client, to remove it
 * @param clientId the client id the application authenticates with
 * @param secret the client secret
 */
public record ClientApp(String internalId, String clientId, String secret) {

  @Override
  public String toString() {
    return "ClientApp[" + clientId + "]";
  }
}
