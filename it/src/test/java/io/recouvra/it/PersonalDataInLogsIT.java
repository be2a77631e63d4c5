package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.BearerClient;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.FileTransfer;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seeds recognisable personal data through every command that takes some, including commands
 * refused and commands that collide, and fails if any server log holds one of them.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
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

    onboardWithPersonalData();

    String logs = FileTransfer.serverLogs();

    assertThat(logs).isNotEmpty();
    for (String personal : List.of(NAME, EMAIL, PHONE, STREET, IBAN, NOTE, "Sentinelle")) {
      assertThat(logs).as("server logs").doesNotContain(personal);
    }
  }

  /**
   * A real user's token whose signature was altered is refused, and neither the token nor what it
   * says of its user (its payload, the e-mail address in it) reaches a log or an FFDC report.
   */
  @Test
  void aRejectedTokenOfARealUserLeavesNoTraceOfItInTheLogs(SuiteServer server, Tokens tokens) {
    String token = tokens.user("debtor.camille");
    String payload = token.split("\\.")[1];
    String tampered = token.substring(0, token.length() - 4) + "AAAA";

    GraphQlResponse refused =
        new BearerClient(server.baseUri()).graphql("{ viewer { subject } }", tampered);

    assertThat(refused.status()).isEqualTo(401);
    String logs = FileTransfer.serverLogs();
    assertThat(logs).contains("token not verified");
    assertThat(logs).doesNotContain(payload, "debtor.camille@demo.recouvra.test", tampered);
  }

  /** Onboarding refused (a client id in use) and done, with a person's name and e-mail. */
  private static void onboardWithPersonalData() {
    String clientId = "log-" + UUID.randomUUID().toString().substring(0, 8);
    for (int attempt = 0; attempt < 2; attempt++) {
      creditor
          .api()
          .graphql(
              Operations.ONBOARD_CREDITOR,
              Map.of(
                  "input",
                  Map.of(
                      "creditor",
                      CreditorFixture.creditorInputFor("Journal " + clientId + " SAS"),
                      "clientId",
                      clientId,
                      "firstStaff",
                      Map.of(
                          "email",
                          attempt + "." + EMAIL,
                          "firstName",
                          "Zéphyrine",
                          "lastName",
                          "Sentinelle-Quarré"))),
              Identity.admin())
          .assertNoErrors();
    }
  }
}
