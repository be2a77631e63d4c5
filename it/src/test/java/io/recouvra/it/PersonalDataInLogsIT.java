package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.FileTransfer;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds recognisable personal data through every command that takes some, including commands
 * refused and commands that collide, and fails if any server log holds one of them.
 */
@RecouvraIT
class PersonalDataInLogsIT {
  private static final String NAME = "Zéphyrine Sentinelle-Quarré";
  private static final String EMAIL = "zephyrine.sentinelle@example.org";
  private static final String PHONE = "+33698765432";
  private static final String STREET = "17 rue du Témoin-Discret";
  private static final String IBAN = "FR7630004000031234567890143";
  private static final String NOTE = "Conteste la facture, dit avoir payé en espèces";
  private static final String REGISTER =
      """
      mutation R($input: RegisterDebtInput!) {
        registerDebt(input: $input) { debt { id } userErrors { code } }
      }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  private static Map<String, Object> debt(String reference, String amount, String email) {
    Map<String, Object> debtor = new HashMap<>();
    debtor.put("customerReference", "LOG-" + reference);
    debtor.put("type", "CONSUMER");
    debtor.put("name", NAME);
    debtor.put("email", email);
    debtor.put("phone", PHONE);
    debtor.put(
        "postalAddress",
        Map.of("lines", List.of(STREET), "postalCode", "75011", "city", "Paris", "country", "FR"));
    return Map.of(
        "externalReference",
        reference,
        "description",
        NOTE,
        "principal",
        Map.of("amount", amount, "currency", "EUR"),
        "issuedOn",
        "2026-10-01",
        "dueOn",
        "2026-10-31",
        "debtor",
        debtor);
  }

  private static GraphQlResponse register(Map<String, Object> input) {
    return creditor.api().graphql(REGISTER, Map.of("input", input), creditor.clientApp());
  }

  @Test
  void noServerLogHoldsThePersonalDataSentToIt() throws Exception {
    String reference = "LOG-" + UUID.randomUUID();
    register(debt(reference, "80.00", EMAIL)).assertNoUserErrors("registerDebt");
    register(debt(reference, "81.00", EMAIL));
    register(debt("LOG-" + UUID.randomUUID(), "80.00", "not an e-mail " + EMAIL));
    List<Thread> racers = new java.util.ArrayList<>();
    String raced = "LOG-" + UUID.randomUUID();
    for (int i = 0; i < 4; i++) {
      Thread racer = new Thread(() -> register(debt(raced, "80.00", EMAIL)));
      racer.start();
      racers.add(racer);
    }
    for (Thread racer : racers) {
      racer.join();
    }
    creditor
        .api()
        .graphql(
            "mutation C($input: CreateCreditorInput!) { createCreditor(input: $input) {"
                + " userErrors { code } } }",
            Map.of(
                "input",
                Map.of(
                    "legalName",
                    NAME,
                    "naturalPersonOutsideTrade",
                    true,
                    "address",
                    Map.of(
                        "lines", List.of(STREET),
                        "postalCode", "75011",
                        "city", "Paris",
                        "country", "FR"),
                    "iban",
                    IBAN,
                    "timeZone",
                    "Europe/Paris")),
            Identity.admin())
        .assertNoErrors();

    String logs = FileTransfer.serverLogs();

    assertThat(logs).isNotEmpty();
    for (String personal : List.of(NAME, EMAIL, PHONE, STREET, IBAN, NOTE, "Sentinelle")) {
      assertThat(logs).as("server logs").doesNotContain(personal);
    }
  }
}
