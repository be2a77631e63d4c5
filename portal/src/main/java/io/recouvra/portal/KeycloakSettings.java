package io.recouvra.portal;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Where the portal's browser code signs people in: the Keycloak base URL, the realm and the public
 * client. Read from MicroProfile Config, so an environment variable overrides each one ({@code
 * KEYCLOAK_URL}, {@code KEYCLOAK_REALM}, {@code RECOUVRA_PORTAL_CLIENT_ID}).
 *
 * @param url Keycloak's base URL, e.g. {@code http://localhost:8180}
 * @param realm the realm, {@code recouvra}
 * @param clientId the portal's public client, {@code portal}
 */
public record KeycloakSettings(URI url, String realm, String clientId) {

  static final String URL_KEY = "keycloak.url";
  static final String REALM_KEY = "keycloak.realm";
  static final String CLIENT_ID_KEY = "recouvra.portal.client.id";

  static final String DEFAULT_URL = "http://localhost:8180";
  static final String DEFAULT_REALM = "recouvra";
  static final String DEFAULT_CLIENT_ID = "portal";

  /**
   * Checks that the URL is an absolute http or https URL with a host, so that the origin given to
   * the Content-Security-Policy is never empty or a wildcard.
   */
  public KeycloakSettings {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException(
          URL_KEY + " must be an absolute http or https URL, not " + url);
    }
    if (realm.isBlank() || clientId.isBlank()) {
      throw new IllegalArgumentException(REALM_KEY + " and " + CLIENT_ID_KEY + " must be set");
    }
  }

  /** The settings in force, with the demo's values as defaults. */
  public static KeycloakSettings from(Config config) {
    return read(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings that {@code setting} gives by key, with the demo's values as defaults. */
  static KeycloakSettings read(Function<String, Optional<String>> setting) {
    return new KeycloakSettings(
        URI.create(stripTrailingSlash(value(setting, URL_KEY, DEFAULT_URL))),
        value(setting, REALM_KEY, DEFAULT_REALM),
        value(setting, CLIENT_ID_KEY, DEFAULT_CLIENT_ID));
  }

  /** Scheme, host and port of Keycloak, as a Content-Security-Policy source. */
  public String origin() {
    String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost();
    return url.getPort() == -1 ? origin : origin + ":" + url.getPort();
  }

  private static String value(
      Function<String, Optional<String>> setting, String key, String defaultValue) {
    return setting.apply(key).map(String::strip).filter(v -> !v.isEmpty()).orElse(defaultValue);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
