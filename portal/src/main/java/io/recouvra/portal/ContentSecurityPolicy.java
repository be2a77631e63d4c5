package io.recouvra.portal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The portal's Content-Security-Policy: its own scripts, styles and images only, no inline code,
 * and Keycloak as the one other origin it talks to (token requests), frames (keycloak-js's hidden
 * session checks) and posts forms to (sign-out).
 */
public final class ContentSecurityPolicy {

  private ContentSecurityPolicy() {}

  /** The policy of every page: nothing may frame it. */
  public static String forPages(KeycloakSettings keycloak) {
    return policy(keycloak, "'none'");
  }

  /**
   * The policy of the page that keycloak-js loads in a hidden frame of the portal itself to check a
   * session silently: the same, except that the portal's own pages may frame it.
   */
  public static String forSilentSessionCheck(KeycloakSettings keycloak) {
    return policy(keycloak, "'self'");
  }

  private static String policy(KeycloakSettings keycloak, String frameAncestors) {
    String keycloakOrigin = keycloak.origin();
    List<String> directives =
        List.of(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self' " + keycloakOrigin,
            "frame-src 'self' " + keycloakOrigin,
            "frame-ancestors " + frameAncestors,
            "form-action 'self' " + keycloakOrigin,
            "base-uri 'none'",
            "object-src 'none'");
    return directives.stream().collect(Collectors.joining("; "));
  }
}
