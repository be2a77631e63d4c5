package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from Keycloak's token endpoint for one identity, fetched again 30 seconds before
 * they expire, so a run of any length keeps calling with a valid token. Thread-safe: every client
 * thread of a run shares one.
 */
final class AccessTokens {
  private static final Duration MARGIN = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final URI tokenEndpoint;
  private final Map<String, String> form;
  private String token;
  private Instant renewAt = Instant.MIN;

  private AccessTokens(URI tokenEndpoint, Map<String, String> form) {
    this.tokenEndpoint = tokenEndpoint;
    this.form = Map.copyOf(form);
  }

  /** A user's tokens by the password grant of the public client {@code portal}. */
  static AccessTokens ofUser(URI tokenEndpoint, String username, String password) {
    return new AccessTokens(
        tokenEndpoint,
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "portal",
            "username",
            username,
            "password",
            password));
  }

  /** A client application's tokens by the client credentials grant. */
  static AccessTokens ofClient(URI tokenEndpoint, String clientId, String secret) {
    return new AccessTokens(
        tokenEndpoint,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", clientId,
            "client_secret", secret));
  }

  /** A token valid for at least the next 30 seconds. */
  synchronized String current() {
    Instant now = Instant.now();
    if (token == null || !now.isBefore(renewAt)) {
      JsonObject answer = request();
      token = answer.getString("access_token");
      renewAt = now.plusSeconds(answer.getJsonNumber("expires_in").longValue()).minus(MARGIN);
    }
    return token;
  }

  private JsonObject request() {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      JsonObject answer = parse(response.body());
      if (response.statusCode() != 200 || !answer.containsKey("access_token")) {
        throw new BenchmarkFailure(
            "Keycloak refused a token at " + tokenEndpoint + ": HTTP " + response.statusCode());
      }
      return answer;
    } catch (IOException e) {
      throw new BenchmarkFailure("Keycloak cannot be reached at " + tokenEndpoint + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkFailure("interrupted while waiting for Keycloak", e);
    }
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException e) {
      throw new BenchmarkFailure("Keycloak's answer is not a JSON object", e);
    }
  }
}
