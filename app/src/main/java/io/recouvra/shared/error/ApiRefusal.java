package io.recouvra.shared.error;

/**
 * A refusal reported to the API client as a GraphQL error, with its message shown and its code in
 * {@code extensions.code} (set by SmallRye's {@code @ErrorCode} on each subclass). Used for what is
 * not a business input problem: identity, access, page sizes, malformed ids and cursors. Every
 * other exception's message is hidden from clients.
 */
public abstract class ApiRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ApiRefusal(String message) {
    super(message, null, false, false);
  }
}
