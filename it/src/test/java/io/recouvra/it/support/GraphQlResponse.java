package io.recouvra.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * One answer of the server: HTTP status, raw body and, when the body is JSON, lookups into {@code
 * data}, {@code errors} and a payload's {@code userErrors}.
 */
public final class GraphQlResponse {

  private final int status;
  private final String body;
  private JsonObject json;

  GraphQlResponse(int status, String body) {
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  /** The whole body as a JSON object; fails the test when it is not one. */
  public JsonObject json() {
    if (json == null) {
      try {
        json = Json.createReader(new StringReader(body)).readObject();
      } catch (JsonException | IllegalStateException e) {
        throw new AssertionError("Not a JSON object (HTTP " + status + "): " + body, e);
      }
    }
    return json;
  }

  /**
   * The value at a dotted path under {@code data}, e.g. {@code registerDebt.debt.id} or {@code
   * debts.edges.0.node.id}; JSON null when a step is null; fails when a key is absent.
   */
  public JsonValue data(String path) {
    JsonValue current = json().getOrDefault("data", JsonValue.NULL);
    String walked = "data";
    for (String step : path.split("\\.")) {
      if (current.getValueType() == JsonValue.ValueType.NULL) {
        return JsonValue.NULL;
      }
      current = stepInto(current, step, walked);
      walked = walked + "." + step;
    }
    return current;
  }

  /** The string at a data path; fails when it is null or not a string. */
  public String string(String path) {
    JsonValue value = data(path);
    if (!(value instanceof JsonString text)) {
      throw new AssertionError("data." + path + " is not a string but " + value + " in " + body);
    }
    return text.getString();
  }

  /** The boolean at a data path; fails when it is null or not a boolean. */
  public boolean bool(String path) {
    JsonValue value = data(path);
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      throw new AssertionError("data." + path + " is not a boolean but " + value + " in " + body);
    }
    return value == JsonValue.TRUE;
  }

  /** The array at a data path as a list; fails when it is not an array. */
  public List<JsonValue> list(String path) {
    JsonValue value = data(path);
    if (!(value instanceof JsonArray array)) {
      throw new AssertionError("data." + path + " is not an array but " + value + " in " + body);
    }
    return array;
  }

  /** The ids of the nodes of a connection at a data path, in page order. */
  public List<String> nodeIds(String connectionPath) {
    return list(connectionPath + ".edges").stream()
        .map(edge -> edge.asJsonObject().getJsonObject("node").getString("id"))
        .toList();
  }

  public boolean isNull(String path) {
    return data(path).getValueType() == JsonValue.ValueType.NULL;
  }

  /** The GraphQL {@code errors}, empty when there are none. */
  public List<GraphQlError> errors() {
    JsonValue errors = json().getOrDefault("errors", JsonValue.NULL);
    if (!(errors instanceof JsonArray array)) {
      return List.of();
    }
    return array.stream().map(JsonValue::asJsonObject).map(GraphQlError::of).toList();
  }

  /** The codes ({@code extensions.code}) of the GraphQL errors, in order. */
  public List<String> errorCodes() {
    return errors().stream().map(GraphQlError::code).flatMap(Optional::stream).toList();
  }

  /** The {@code userErrors} of the payload at a data path, e.g. {@code registerDebt}. */
  public List<UserError> userErrors(String payloadPath) {
    return list(payloadPath + ".userErrors").stream()
        .map(JsonValue::asJsonObject)
        .map(UserError::of)
        .toList();
  }

  /** Fails with the whole body when the answer carries GraphQL errors or no data. */
  public GraphQlResponse assertNoErrors() {
    if (status != 200 || !errors().isEmpty() || !json().containsKey("data")) {
      throw new AssertionError(
          "Expected an answer without errors, got HTTP " + status + ": " + body);
    }
    return this;
  }

  /** Fails with the whole body when the payload at a path carries user errors. */
  public GraphQlResponse assertNoUserErrors(String payloadPath) {
    assertNoErrors();
    if (!userErrors(payloadPath).isEmpty()) {
      throw new AssertionError("Expected no userErrors in " + payloadPath + ", got: " + body);
    }
    return this;
  }

  private JsonValue stepInto(JsonValue current, String step, String walked) {
    if (current instanceof JsonArray array && step.chars().allMatch(Character::isDigit)) {
      int index = Integer.parseInt(step);
      if (index >= array.size()) {
        throw new AssertionError(walked + " has no element " + index + " in " + body);
      }
      return array.get(index);
    }
    if (current instanceof JsonObject object && object.containsKey(step)) {
      return object.get(step);
    }
    throw new AssertionError(walked + " has no '" + step + "' in " + body);
  }

  @Override
  public String toString() {
    return "HTTP " + status + " " + body;
  }
}
