package io.recouvra.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code RegisterDebtInput} as a client app sends it: valid by default, with unique references,
 * and any field replaced or removed by a test.
 */
public final class DebtInput {

  private final Map<String, Object> input = new LinkedHashMap<>();
  private final Map<String, Object> debtor = new LinkedHashMap<>();

  private DebtInput() {
    input.put("externalReference", "INV-" + shortUnique());
    input.put("description", "Plumbing works, invoice of October");
    input.put("principal", money("120.50", "EUR"));
    input.put("issuedOn", "2026-10-01");
    input.put("dueOn", "2026-10-31");
    input.put("exigibleOn", "2026-10-15");
    debtor.put("customerReference", "CUST-" + shortUnique());
    debtor.put("type", "CONSUMER");
    debtor.put("name", "Camille Martin");
    debtor.put(
        "postalAddress",
        Map.of(
            "lines", List.of("12 rue des Lilas"),
            "postalCode", "69003",
            "city", "Lyon",
            "country", "FR"));
    debtor.put("language", "fr");
    debtor.put("timeZone", "Europe/Paris");
    input.put("debtor", debtor);
  }

  /** A valid debt with a fresh external reference and a fresh debtor. */
  public static DebtInput valid() {
    return new DebtInput();
  }

  /** A text unique to this run, short enough for any reference. */
  public static String shortUnique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  public DebtInput externalReference(String reference) {
    input.put("externalReference", reference);
    return this;
  }

  public DebtInput description(String description) {
    input.put("description", description);
    return this;
  }

  public DebtInput principal(String amount, String currency) {
    input.put("principal", money(amount, currency));
    return this;
  }

  public DebtInput dates(String issuedOn, String dueOn, String exigibleOn) {
    input.put("issuedOn", issuedOn);
    input.put("dueOn", dueOn);
    input.put("exigibleOn", exigibleOn);
    return this;
  }

  /** Registers the debt as all three dates on one day, e.g. an old debt exigible on its issue. */
  public DebtInput on(java.time.LocalDate day) {
    return dates(day.toString(), day.toString(), day.toString());
  }

  /** What the debt is for, e.g. {@code CONSUMER_CREDIT}. */
  public DebtInput nature(String nature) {
    input.put("nature", nature);
    return this;
  }

  /** The debtor's type, e.g. {@code PROFESSIONAL}. */
  public DebtInput debtorType(String type) {
    debtor.put("type", type);
    return this;
  }

  public DebtInput customerReference(String reference) {
    debtor.put("customerReference", reference);
    return this;
  }

  public DebtInput withoutDebtor() {
    input.remove("debtor");
    return this;
  }

  public String externalReference() {
    return (String) input.get("externalReference");
  }

  public String customerReference() {
    return (String) debtor.get("customerReference");
  }

  /** Sets one more field of the input, e.g. {@code nature} or {@code contractPenaltyRate}. */
  public DebtInput with(String field, Object value) {
    input.put(field, value);
    return this;
  }

  /** The variables of {@link Operations#REGISTER_DEBT}: a deep copy, safe to send from threads. */
  public Map<String, Object> asVariables() {
    Map<String, Object> copy = new LinkedHashMap<>(input);
    if (copy.containsKey("debtor")) {
      copy.put("debtor", new LinkedHashMap<>(debtor));
    }
    return Map.of("input", copy);
  }

  private static Map<String, Object> money(String amount, String currency) {
    return new LinkedHashMap<>(Map.of("amount", amount, "currency", currency));
  }
}
