package io.recouvra.shared.graphql;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.recouvra.shared.error.ErrorCode;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before execution, a GraphQL request whose body is too large, whose query nests too deep
 * or whose cost (see {@link QueryCost}) is too high, answering with a GraphQL error whose {@code
 * extensions.code} says which limit was hit, or whose body is not a JSON object with a query. A
 * query that does not parse goes on to the GraphQL endpoint, which reports syntax errors.
 */
@WebFilter(urlPatterns = "/graphql")
public class QueryLimitsFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject
  @ConfigProperty(name = "recouvra.graphql.max-depth", defaultValue = "10")
  int maxDepth;

  @Inject
  @ConfigProperty(name = "recouvra.graphql.max-nested-objects", defaultValue = "2000")
  long maxNestedObjects;

  @Inject
  @ConfigProperty(name = "recouvra.graphql.max-cost", defaultValue = "20000")
  long maxCost;

  @Inject
  @ConfigProperty(name = "recouvra.graphql.max-body-bytes", defaultValue = "262144")
  int maxBodyBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      refuse(
          response, ErrorCode.BAD_REQUEST, "The request body exceeds " + maxBodyBytes + " bytes");
      return;
    }
    Optional<Refusal> refusal = checkLimits(body);
    if (refusal.isPresent()) {
      refuse(response, refusal.get().code(), refusal.get().message());
      return;
    }
    chain.doFilter(new ReplayedBodyRequest(request, body), response);
  }

  private record Refusal(ErrorCode code, String message) {}

  private Optional<Refusal> checkLimits(byte[] body) {
    Optional<JsonObject> payload = parseJson(body);
    if (payload.isEmpty() || !(payload.get().get("query") instanceof JsonString query)) {
      return Optional.of(
          new Refusal(
              ErrorCode.BAD_REQUEST,
              "The request body must be a JSON object with a query string, and optionally"
                  + " variables and operationName"));
    }
    Optional<Document> document = parseQuery(query.getString());
    if (document.isEmpty()) {
      return Optional.empty();
    }
    QueryCost measured = QueryCost.of(document.get(), variables(payload.get()));
    if (measured.largestPage() > PageSize.MAX) {
      return Optional.of(
          new Refusal(
              ErrorCode.PAGE_TOO_LARGE,
              "first must be between 1 and " + PageSize.MAX + ", was " + measured.largestPage()));
    }
    if (measured.depth() > maxDepth) {
      return Optional.of(
          new Refusal(
              ErrorCode.QUERY_TOO_DEEP,
              "The query nests " + measured.depth() + " fields deep; the limit is " + maxDepth));
    }
    if (measured.nestedObjects() > maxNestedObjects) {
      return Optional.of(
          new Refusal(
              ErrorCode.QUERY_TOO_COSTLY,
              "Nested connections may return "
                  + measured.nestedObjects()
                  + " objects; the limit is "
                  + maxNestedObjects
                  + ". Ask for smaller pages (first) in nested connections."));
    }
    if (measured.cost() > maxCost) {
      return Optional.of(
          new Refusal(
              ErrorCode.QUERY_TOO_COSTLY,
              "The query may resolve "
                  + measured.cost()
                  + " fields; the limit is "
                  + maxCost
                  + ". Ask for fewer fields or smaller pages."));
    }
    return Optional.empty();
  }

  private static Optional<JsonObject> parseJson(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      JsonStructure structure = reader.read();
      return structure instanceof JsonObject object ? Optional.of(object) : Optional.empty();
    } catch (JsonException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static Optional<Document> parseQuery(String query) {
    try {
      ParserOptions options = ParserOptions.getDefaultOperationParserOptions();
      ParserEnvironment environment =
          ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build();
      return Optional.of(new Parser().parseDocument(environment));
    } catch (InvalidSyntaxException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> variables(JsonObject payload) {
    Map<String, Object> variables = new HashMap<>();
    if (payload.get("variables") instanceof JsonObject given) {
      given.forEach(
          (name, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NUMBER) {
              variables.put(name, ((jakarta.json.JsonNumber) value).longValue());
            }
          });
    }
    return variables;
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    return in.readNBytes(limit);
  }

  private static void refuse(HttpServletResponse response, ErrorCode code, String message)
      throws IOException {
    JsonObject error =
        Json.createObjectBuilder()
            .add("message", message)
            .add("extensions", Json.createObjectBuilder().add("code", code.name()))
            .build();
    JsonObject answer =
        Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(answer.toString().getBytes(StandardCharsets.UTF_8));
  }
}
