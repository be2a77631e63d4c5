package io.recouvra.it.support;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Sends GraphQL operations with {@code Authorization: Bearer <token>}, or with no identity at all
 * (neither a token nor demo headers), as a client of the real identity provider does.
 */
public final class BearerClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI baseUri;

  public BearerClient(URI baseUri) {
    this.baseUri = baseUri;
  }

  /** Posts an operation with its variables and the token. */
  public GraphQlResponse graphql(String query, Map<String, ?> variables, String token) {
    return post(query, variables, Optional.of(token));
  }

  public GraphQlResponse graphql(String query, String token) {
    return graphql(query, Map.of(), token);
  }

  /** Posts an operation without any identity. */
  public GraphQlResponse withoutIdentity(String query) {
    return post(query, Map.of(), Optional.empty());
  }

  private GraphQlResponse post(String query, Map<String, ?> variables, Optional<String> token) {
    @SuppressWarnings("unchecked")
    String body =
        Json.createObjectBuilder()
            .add("query", query)
            .add("variables", Json.createObjectBuilder((Map<String, Object>) variables))
            .build()
            .toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri.resolve("graphql"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new GraphQlResponse(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the server", e);
    }
  }
}
