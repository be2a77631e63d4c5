package io.recouvra.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The synthetic debts a run registers: every debt has its own external reference, and the debts are
 * spread over a fixed number of debtors, each always sent with the same details so that the
 * server's upsert on the customer reference sees one debtor, not conflicting versions of it.
 *
 * <p>Names, addresses and e-mail addresses are made up and numbered; none is a real person's.
 */
final class SampleDebts {

  static final String CURRENCY = "EUR";
  private static final LocalDate FIRST_ISSUE_DAY = LocalDate.of(2026, 1, 5);
  private static final int PAYMENT_TERM_DAYS = 30;

  private final String runId;
  private final int debtorCount;

  SampleDebts(String runId, int debtorCount) {
    this.runId = runId;
    this.debtorCount = debtorCount;
  }

  String externalReference(int index) {
    return "BENCH-" + runId + "-" + index;
  }

  /** A principal between 10.00 and 5,009.99 EUR, varied so that amounts are not all alike. */
  BigDecimal principal(int index) {
    long cents = 1_000 + Math.floorMod(index * 7_919L, 500_000L);
    return BigDecimal.valueOf(cents, 2);
  }

  int debtorOf(int index) {
    return index % debtorCount;
  }

  JsonObject registerDebtInput(int index) {
    LocalDate issuedOn = FIRST_ISSUE_DAY.plusDays(index % 60);
    return Json.createObjectBuilder()
        .add("externalReference", externalReference(index))
        .add("description", "Benchmark invoice " + index)
        .add("principal", money(principal(index)))
        .add("issuedOn", issuedOn.toString())
        .add("dueOn", issuedOn.plusDays(PAYMENT_TERM_DAYS).toString())
        .add("debtor", debtor(debtorOf(index)))
        .build();
  }

  private JsonObject debtor(int number) {
    boolean professional = number % 4 == 0;
    return Json.createObjectBuilder()
        .add("customerReference", "BENCH-" + runId + "-CUSTOMER-" + number)
        .add("type", professional ? "PROFESSIONAL" : "CONSUMER")
        .add("name", (professional ? "Bench Company " : "Bench Debtor ") + number)
        .add("postalAddress", SampleAddress.numbered(number))
        .add("email", "debtor-" + number + "@example.org")
        .add("language", "fr")
        .add("timeZone", "Europe/Paris")
        .build();
  }

  private static JsonObject money(BigDecimal amount) {
    return Json.createObjectBuilder()
        .add("amount", amount.toPlainString())
        .add("currency", CURRENCY)
        .build();
  }
}
