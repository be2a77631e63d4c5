package io.recouvra.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/** One entry of a GraphQL {@code errors} list. */
public record GraphQlError(String message, Optional<String> code, JsonObject raw) {

  static GraphQlError of(JsonObject error) {
    JsonValue extensions = error.getOrDefault("extensions", JsonValue.NULL);
    Optional<String> code =
        extensions instanceof JsonObject object && object.get("code") instanceof JsonString text
            ? Optional.of(text.getString())
            : Optional.empty();
    return new GraphQlError(error.getString("message", ""), code, error);
  }
}
