package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.DemoCreditors;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo server's data: every demo debt is itemised through GraphQL, its lines add up to what is
 * due and a second reading gives the same figures; the demo's bank transfer is allocated and
 * recorded as the debtor's payment among the debt's limitation events.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class DemoDataIT {
  private static final String DEBTS =
      """
      { debts(first: 100) { edges { node {
          externalReference status
          itemisedBalance { due { amount } lines { part paid { amount } due { amount } } }
          limitation { events { kind on } }
      } } } }
      """;

  private static SuiteServer demo;

  @BeforeAll
  static void startTheDemo(SuiteServer suite, KeycloakServer keycloak) {
    demo =
        suite.demoPeer(
            "it-demo-data", suite.baseUri().getPort() + 4, suite.httpsPort() + 4, Map.of());
    demo.startFresh();
  }

  @AfterAll
  static void stopTheDemo() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void everyDemoDebtIsItemisedReproduciblyAndItsLinesAddUp() {
    GraphQlClient api = new GraphQlClient(demo.baseUri());
    int debts = 0;
    for (String creditor : DemoCreditors.ALL) {
      Identity staff = Identity.ofCreditor(creditor, "credit-controller");
      GraphQlResponse first = api.graphql(DEBTS, Map.of(), staff).assertNoErrors();
      GraphQlResponse again = api.graphql(DEBTS, Map.of(), staff).assertNoErrors();

      assertThat(again.list("debts.edges")).isEqualTo(first.list("debts.edges"));
      for (JsonValue edge : first.list("debts.edges")) {
        JsonObject balance =
            edge.asJsonObject().getJsonObject("node").getJsonObject("itemisedBalance");
        assertThat(sumOf(balance, "due"))
            .isEqualByComparingTo(balance.getJsonObject("due").getString("amount"));
        debts++;
      }
    }
    assertThat(debts).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theDemoTransferIsAllocatedAndInterruptsLimitationAsTheDebtorsPayment() {
    GraphQlResponse batiplus =
        new GraphQlClient(demo.baseUri())
            .graphql(
                DEBTS, Map.of(), Identity.ofCreditor(DemoCreditors.BATIPLUS, "credit-controller"))
            .assertNoErrors();
    JsonObject plaster =
        batiplus.list("debts.edges").stream()
            .map(e -> e.asJsonObject().getJsonObject("node"))
            .filter(n -> n.getString("externalReference").equals("BP-F-2025-1187"))
            .findFirst()
            .orElseThrow();
    String paidOn = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(200).toString();

    assertThat(sumOf(plaster.getJsonObject("itemisedBalance"), "paid"))
        .isEqualByComparingTo("2000.00");
    assertThat(plaster.getJsonObject("limitation").getJsonArray("events"))
        .extracting(
            e -> e.asJsonObject().getString("kind") + "@" + e.asJsonObject().getString("on"))
        .contains("DEBTOR_PARTIAL_PAYMENT@" + paidOn);
  }

  private static BigDecimal sumOf(JsonObject balance, String column) {
    return balance.getJsonArray("lines").stream()
        .map(l -> new BigDecimal(l.asJsonObject().getJsonObject(column).getString("amount")))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
