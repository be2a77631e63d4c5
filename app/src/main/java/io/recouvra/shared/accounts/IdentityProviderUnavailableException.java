package io.recouvra.shared.accounts;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/**
 * The identity provider could not be reached, refused Recouvra's service account, or is not
 * configured. Whatever the operation had started there was undone.
 */
@ErrorCode("IDENTITY_PROVIDER_UNAVAILABLE")
public class IdentityProviderUnavailableException extends ApiRefusal {
  private static final long serialVersionUID = 1L;

  public IdentityProviderUnavailableException() {
    super("The identity provider is unavailable; nothing was changed. Try again later.");
  }
}
