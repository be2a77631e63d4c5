package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * The server's GraphQL endpoint, called as a given identity with its bearer token.
 *
 * <p>Every answer is checked here: a status other than 200, an unreadable body or a non-empty
 * {@code errors} list fails the benchmark with the request's operation and the server's answer.
 */
final class GraphQlEndpoint {

  private final HttpClient client;
  private final URI uri;
  private final Duration timeout;

  GraphQlEndpoint(URI uri, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.uri = uri;
    this.timeout = timeout;
  }

  /** Sends one operation and returns its {@code data} object. */
  JsonObject execute(Caller caller, String operation, JsonObject variables) {
    String body =
        Json.createObjectBuilder()
            .add("query", operation)
            .add("variables", variables)
            .build()
            .toString();
    HttpResponse<String> response = send(caller.sign(request(body)).build());
    return dataOf(response.statusCode(), response.body());
  }

  private HttpRequest.Builder request(String body) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new BenchmarkFailure("POST " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkFailure("interrupted while waiting for " + uri, e);
    }
  }

  static JsonObject dataOf(int status, String body) {
    if (status != 200) {
      throw new BenchmarkFailure("HTTP " + status + ": " + body);
    }
    JsonObject answer = parse(body);
    if (answer.containsKey("errors") && !answer.getJsonArray("errors").isEmpty()) {
      throw new BenchmarkFailure("GraphQL errors: " + answer.getJsonArray("errors"));
    }
    if (!answer.containsKey("data") || answer.isNull("data")) {
      throw new BenchmarkFailure("no data in answer: " + body);
    }
    return answer.getJsonObject("data");
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException e) {
      throw new BenchmarkFailure("answer is not a JSON object: " + body, e);
    }
  }

  /** Who calls: the bearer tokens of one identity at Keycloak. */
  record Caller(AccessTokens tokens) {

    HttpRequest.Builder sign(HttpRequest.Builder request) {
      return request.header("Authorization", "Bearer " + tokens.current());
    }
  }
}
