package io.recouvra.shared.graphql;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/** An argument of a query (a cursor, a filter value) that cannot be used. */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiRefusal {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentException(String argument, String expected) {
    super(argument + " is not valid: " + expected);
  }
}
