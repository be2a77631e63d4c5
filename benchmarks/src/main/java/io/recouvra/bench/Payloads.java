package io.recouvra.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Checks on mutation payloads: refused or empty answers fail the benchmark. */
final class Payloads {

  private Payloads() {}

  /** The payload of {@code mutation}, provided it carries no user error. */
  static JsonObject accepted(JsonObject data, String mutation) {
    if (!data.containsKey(mutation) || data.isNull(mutation)) {
      throw new BenchmarkFailure("no " + mutation + " payload in " + data);
    }
    JsonObject payload = data.getJsonObject(mutation);
    if (!payload.containsKey("userErrors")) {
      throw new BenchmarkFailure(mutation + " payload without userErrors: " + payload);
    }
    if (!payload.getJsonArray("userErrors").isEmpty()) {
      throw new BenchmarkFailure(mutation + " refused: " + payload.getJsonArray("userErrors"));
    }
    return payload;
  }

  /** The id of the object named {@code field} in the payload; it must be there. */
  static String idOf(JsonObject payload, String field) {
    JsonObject object = objectOf(payload, field);
    if (!object.containsKey("id")
        || object.get("id").getValueType() != JsonValue.ValueType.STRING) {
      throw new BenchmarkFailure(field + " without an id: " + object);
    }
    String id = object.getString("id");
    if (id.isBlank()) {
      throw new BenchmarkFailure(field + " with a blank id: " + object);
    }
    return id;
  }

  static JsonObject objectOf(JsonObject payload, String field) {
    if (!payload.containsKey(field) || payload.isNull(field)) {
      throw new BenchmarkFailure("no " + field + " in " + payload);
    }
    return payload.getJsonObject(field);
  }
}
