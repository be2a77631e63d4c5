package io.recouvra.shared.caller;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/** The request carried no verified identity. */
@ErrorCode("UNAUTHENTICATED")
public class NotAuthenticatedException extends ApiRefusal {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super("Sign in first: this operation needs a verified identity");
  }
}
