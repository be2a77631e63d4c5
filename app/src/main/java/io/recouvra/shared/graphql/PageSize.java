package io.recouvra.shared.graphql;

import io.recouvra.shared.error.ApiRefusal;
import io.smallrye.graphql.api.ErrorCode;

/** The size of a page of a connection, checked against the API's bounds. */
public final class PageSize {
  /** The largest page any connection serves. */
  public static final int MAX = 100;

  /** The page size when {@code first} is not given. */
  public static final int DEFAULT = 20;

  private PageSize() {}

  /** Checks {@code first} and returns the page size to use. */
  public static int of(Integer first) {
    if (first == null) {
      return DEFAULT;
    }
    if (first < 1 || first > MAX) {
      throw new PageTooLargeException(first);
    }
    return first;
  }

  /** A page size outside 1 to {@value PageSize#MAX}. */
  @ErrorCode("PAGE_TOO_LARGE")
  public static class PageTooLargeException extends ApiRefusal {
    private static final long serialVersionUID = 1L;

    PageTooLargeException(int first) {
      super("first must be between 1 and " + MAX + ", was " + first);
    }
  }
}
