package io.recouvra.shared.accounts.internal;

import io.recouvra.shared.accounts.IdentityProviderUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls Keycloak's admin REST API for the realm, authenticated as Recouvra's own service account
 * ({@code recouvra-admin}, client credentials). Answers are status and JSON; a transport failure, a
 * refused service account or a 5xx becomes {@link IdentityProviderUnavailableException}, and the
 * reason is logged without any request body (which may carry names or e-mail addresses).
 */
@ApplicationScoped
public class KeycloakAdmin {
  private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

  @Inject
  @ConfigProperty(name = "keycloak.url", defaultValue = "http://localhost:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "keycloak.realm", defaultValue = "recouvra")
  String realm;

  @Inject
  @ConfigProperty(name = "recouvra.accounts.client-id", defaultValue = "recouvra-admin")
  String clientId;

  @Inject
  @ConfigProperty(name = "recouvra.accounts.client-secret")
  Optional<String> clientSecret;

  @Inject Clock clock;

  private HttpClient http;
  private String accessToken;
  private Instant tokenExpiresAt = Instant.MIN;

  /** A status and the parsed JSON body, if any. */
  public record Answer(int status, Optional<JsonStructure> body, Optional<String> location) {

    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    public JsonObject object() {
      return body.filter(JsonObject.class::isInstance)
          .map(JsonObject.class::cast)
          .orElseThrow(KeycloakAdmin::unavailable);
    }

    public JsonArray array() {
      return body.filter(JsonArray.class::isInstance)
          .map(JsonArray.class::cast)
          .orElseThrow(KeycloakAdmin::unavailable);
    }

    /** The id at the end of the {@code Location} of a created resource. */
    public String createdId() {
      String path = location.orElseThrow(KeycloakAdmin::unavailable);
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  @PostConstruct
  void connect() {
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  public Answer get(String path) {
    return send(path, "GET", Optional.empty());
  }

  public Answer post(String path, JsonValue body) {
    return send(path, "POST", Optional.of(body));
  }

  public Answer put(String path, JsonValue body) {
    return send(path, "PUT", Optional.of(body));
  }

  public Answer delete(String path) {
    return send(path, "DELETE", Optional.empty());
  }

  /** Deletes with a body, as Keycloak's role-mapping removal expects. */
  public Answer delete(String path, JsonValue body) {
    return send(path, "DELETE", Optional.of(body));
  }

  /** Fails unless the answer is a success; for the calls that have no expected refusal. */
  public static Answer expectSuccess(Answer answer, String what) {
    if (!answer.isSuccess()) {
      LOG.warning(() -> "Keycloak refused to " + what + ": HTTP " + answer.status());
      throw unavailable();
    }
    return answer;
  }

  private Answer send(String path, String method, Optional<JsonValue> body) {
    URI uri = URI.create(keycloakUrl + "/admin/realms/" + realm + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token())
            .header("Accept", "application/json");
    body.ifPresentOrElse(
        json ->
            request
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.toString())),
        () -> request.method(method, HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> response = exchange(request.build());
    if (response.statusCode() >= 500 || response.statusCode() == 401) {
      LOG.warning(() -> "Keycloak answered HTTP " + response.statusCode() + " to " + method);
      throw unavailable();
    }
    return new Answer(
        response.statusCode(), parse(response.body()), response.headers().firstValue("Location"));
  }

  private synchronized String token() {
    Instant now = clock.instant();
    if (accessToken == null || now.isAfter(tokenExpiresAt.minus(TOKEN_MARGIN))) {
      String secret =
          clientSecret
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .orElseThrow(
                  () -> {
                    LOG.warning("recouvra.accounts.client-secret is not set: no onboarding");
                    return unavailable();
                  });
      JsonObject answer = requestToken(secret);
      accessToken = answer.getString("access_token");
      tokenExpiresAt = now.plusSeconds(answer.getJsonNumber("expires_in").longValue());
    }
    return accessToken;
  }

  private JsonObject requestToken(String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = exchange(request);
    Optional<JsonObject> answer =
        parse(response.body())
            .filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast)
            .filter(json -> json.containsKey("access_token"));
    if (response.statusCode() != 200 || answer.isEmpty()) {
      LOG.warning(
          () -> "Keycloak refused Recouvra's service account: HTTP " + response.statusCode());
      throw unavailable();
    }
    return answer.get();
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Keycloak cannot be reached: {0}", e.getClass().getSimpleName());
      throw unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable();
    }
  }

  private static Optional<JsonStructure> parse(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.read());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static IdentityProviderUnavailableException unavailable() {
    return new IdentityProviderUnavailableException();
  }
}
