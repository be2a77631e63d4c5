package io.recouvra.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** An in-process HTTP server that answers GraphQL requests with a given function of the input. */
final class StubGraphQlServer implements AutoCloseable {

  private final HttpServer server;
  final Set<String> authorizationsSeen = ConcurrentHashMap.newKeySet();

  private final AtomicInteger tokensIssued = new AtomicInteger();
  private volatile long tokenLifetimeSeconds = 300;

  StubGraphQlServer(Function<JsonObject, String> answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    server.createContext("/graphql", exchange -> respond(exchange, answer));
    server.createContext("/token", this::issueToken);
    server.start();
  }

  /** A token endpoint answering as Keycloak's: stub-token-1, stub-token-2... */
  URI tokenEndpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/token");
  }

  /** How long the tokens issued from now on live, as Keycloak's {@code expires_in}. */
  void issueTokensLiving(long seconds) {
    tokenLifetimeSeconds = seconds;
  }

  private void issueToken(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    byte[] response =
        Json.createObjectBuilder()
            .add("access_token", "stub-token-" + tokensIssued.incrementAndGet())
            .add("expires_in", tokenLifetimeSeconds)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort() + "/graphql");
  }

  private void respond(HttpExchange exchange, Function<JsonObject, String> answer)
      throws IOException {
    authorizationsSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    JsonObject request;
    try (InputStream body = exchange.getRequestBody()) {
      request = Json.createReader(body).readObject();
    }
    byte[] response =
        answer
            .apply(request.getJsonObject("variables").getJsonObject("input"))
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  /** A correct registerDebt answer for the input: a new id, the principal as balance. */
  static String registered(JsonObject input, String id) {
    JsonObject debt =
        Json.createObjectBuilder()
            .add("id", id)
            .add("externalReference", input.getString("externalReference"))
            .add("balance", input.getJsonObject("principal"))
            .build();
    return payload(
        Json.createObjectBuilder()
            .add("debt", debt)
            .add("userErrors", Json.createArrayBuilder())
            .build());
  }

  static String payload(JsonObject registerDebt) {
    return Json.createObjectBuilder()
        .add("data", Json.createObjectBuilder().add("registerDebt", registerDebt))
        .build()
        .toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
