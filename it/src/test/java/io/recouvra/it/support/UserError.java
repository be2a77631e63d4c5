package io.recouvra.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;

/** One expected business refusal from a mutation payload's {@code userErrors}. */
public record UserError(List<String> field, String message, String code) {

  static UserError of(JsonObject error) {
    List<String> field =
        error.getJsonArray("field").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    return new UserError(field, error.getString("message"), error.getString("code"));
  }
}
