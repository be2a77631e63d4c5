package io.recouvra.shared.graphql;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/** An id argument that Recouvra did not issue. */
@ErrorCode("INVALID_ID")
public class MalformedIdException extends ApiRefusal {
  private static final long serialVersionUID = 1L;

  public MalformedIdException(String argument) {
    super(argument + " is not an id issued by Recouvra");
  }
}
