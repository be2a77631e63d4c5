package io.recouvra.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/** Sends GraphQL operations and plain requests to the suite server over HTTP, as a client would. */
public final class GraphQlClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI baseUri;

  public GraphQlClient(URI baseUri) {
    this.baseUri = baseUri;
  }

  /** Posts an operation without variables. */
  public GraphQlResponse graphql(String query, Identity who) {
    return graphql(query, Map.of(), who);
  }

  /** Posts an operation with its variables (maps, lists, strings, numbers, booleans, nulls). */
  public GraphQlResponse graphql(String query, Map<String, ?> variables, Identity who) {
    String body =
        Json.createObjectBuilder()
            .add("query", query)
            .add("variables", toJson(variables))
            .build()
            .toString();
    return postGraphQl(body, who);
  }

  /** Posts any body to the GraphQL endpoint, e.g. a malformed one. */
  public GraphQlResponse postGraphQl(String rawBody, Identity who) {
    HttpRequest.Builder request =
        request("graphql", who)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(rawBody));
    return send(request);
  }

  /** Sends an operation with GET, as query parameters. */
  public GraphQlResponse graphqlOverGet(String query, Identity who) {
    String path = "graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    return send(request(path, who).GET());
  }

  /** GETs any path of the server, relative to its root (e.g. {@code health/ready}). */
  public GraphQlResponse get(String path, Identity who) {
    return send(request(path, who).GET());
  }

  private HttpRequest.Builder request(String path, Identity who) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri.resolve(path))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    SuiteIdentities.bearerFor(who)
        .ifPresent(token -> request.header("Authorization", "Bearer " + token));
    return request;
  }

  private static GraphQlResponse send(HttpRequest.Builder request) {
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

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    } else if (value instanceof JsonValue json) {
      return json;
    } else if (value instanceof String text) {
      return Json.createValue(text);
    } else if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    } else if (value instanceof Number number) {
      return Json.createValue(new BigDecimal(number.toString()));
    } else if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, item) -> object.add(key.toString(), toJson(item)));
      return object.build();
    } else if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    throw new IllegalArgumentException("No JSON form for " + value.getClass());
  }
}
