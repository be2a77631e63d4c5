package io.recouvra.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole audit trail as an administrator and lists the targets of the entries of one
 * action, where the events and jobs probes record what they did.
 */
public final class AuditReader {
  private static final String TRAIL =
      """
      query Trail($after: String) {
        auditTrail(first: 100, after: $after) {
          nodes { action targets } pageInfo { hasNextPage endCursor }
        }
      }
      """;

  private AuditReader() {}

  /** The targets of every entry of {@code action}, one list per entry, oldest first. */
  public static List<List<String>> targetsOf(GraphQlClient api, String action) {
    List<List<String>> found = new ArrayList<>();
    String after = null;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("after", after);
      GraphQlResponse page = api.graphql(TRAIL, variables, Identity.admin()).assertNoErrors();
      for (JsonValue node : page.list("auditTrail.nodes")) {
        JsonObject entry = node.asJsonObject();
        if (entry.getString("action").equals(action)) {
          found.add(
              entry.getJsonArray("targets").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList());
        }
      }
      after =
          page.bool("auditTrail.pageInfo.hasNextPage")
              ? page.string("auditTrail.pageInfo.endCursor")
              : null;
    } while (after != null);
    return found;
  }
}
