package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The creditor whose debts a run registers, created as admin on the fresh server. Its SIREN passes
 * the Luhn check and its IBAN the ISO 13616 check, but both are invented.
 */
final class BenchmarkCreditor {

  private static final String CREATE =
      """
      mutation CreateBenchmarkCreditor($input: CreateCreditorInput!) {
        createCreditor(input: $input) {
          creditor { id }
          userErrors { field message code }
        }
      }
      """;

  private BenchmarkCreditor() {}

  /** Creates the creditor and returns its global id. */
  static String create(GraphQlEndpoint endpoint) {
    JsonObject variables = Json.createObjectBuilder().add("input", input()).build();
    JsonObject data = endpoint.execute(GraphQlEndpoint.Caller.admin(), CREATE, variables);
    JsonObject payload = Payloads.accepted(data, "createCreditor");
    return Payloads.idOf(payload, "creditor");
  }

  private static JsonObject input() {
    return Json.createObjectBuilder()
        .add("legalName", "Bench Créances SAS")
        .add("siren", "900123456")
        .add("naturalPersonOutsideTrade", false)
        .add("address", SampleAddress.numbered(0))
        .add("iban", "FR7630006000011234567890189")
        .add("bic", "AGRIFRPP")
        .add("timeZone", "Europe/Paris")
        .build();
  }
}
