package io.recouvra.shared.caller;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/** The caller's roles do not grant the operation. */
@ErrorCode("FORBIDDEN")
public class NotAllowedException extends ApiRefusal {
  private static final long serialVersionUID = 1L;

  public NotAllowedException() {
    super("Your roles do not allow this operation");
  }
}
