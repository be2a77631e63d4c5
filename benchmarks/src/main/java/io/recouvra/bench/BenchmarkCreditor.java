package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * The creditor whose debts a run registers, onboarded by the administrator on the fresh server: the
 * onboarding returns its application's credentials, with which the run registers. Its SIREN passes
 * the Luhn check and its IBAN the ISO 13616 check, but both are invented.
 */
final class BenchmarkCreditor {

  private static final String ONBOARD =
      """
      mutation OnboardBenchmarkCreditor($input: OnboardCreditorInput!) {
        onboardCreditor(input: $input) {
          creditor { id }
          clientApp { clientId clientSecret }
          userErrors { field message code }
        }
      }
      """;

  private BenchmarkCreditor() {}

  /** An onboarded creditor's application credentials. */
  record ClientCredentials(String clientId, String secret) {}

  /** Onboards the creditor as {@code admin} and returns its application's credentials. */
  static ClientCredentials onboard(GraphQlEndpoint endpoint, GraphQlEndpoint.Caller admin) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    JsonObject variables = Json.createObjectBuilder().add("input", input(unique)).build();
    JsonObject data = endpoint.execute(admin, ONBOARD, variables);
    JsonObject payload = Payloads.accepted(data, "onboardCreditor");
    JsonObject app = payload.getJsonObject("clientApp");
    return new ClientCredentials(app.getString("clientId"), app.getString("clientSecret"));
  }

  private static JsonObject input(String unique) {
    JsonObject creditor =
        Json.createObjectBuilder()
            .add("legalName", "Bench Créances SAS")
            .add("siren", "900123456")
            .add("naturalPersonOutsideTrade", false)
            .add("address", SampleAddress.numbered(0))
            .add("iban", "FR7630006000011234567890189")
            .add("bic", "AGRIFRPP")
            .add("timeZone", "Europe/Paris")
            .build();
    return Json.createObjectBuilder()
        .add("creditor", creditor)
        .add("clientId", "bench-" + unique)
        .add(
            "firstStaff",
            Json.createObjectBuilder()
                .add("email", "bench-" + unique + "@bench.example")
                .add("firstName", "Bench")
                .add("lastName", "Controller"))
        .build();
  }
}
