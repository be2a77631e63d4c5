package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.AuditReader;
import io.recouvra.it.support.DemoCreditors;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo realm's credit controller {@code controller.acme} opens the limitation alerts queue of
 * Acme Énergie on a server loaded with the demo data (a peer of the suite server on a database of
 * its own): the old consumer debt whose 2-year period ends in 40 days is there, the one an
 * acknowledgment restarted is not, and its steps read in plain words; the page passes the scans.
 * The same server runs the daily alert run every second: the debt whose last day is tomorrow gets
 * its LimitationAlertDue once, the others none.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class PortalLimitationIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final By ROWS = By.cssSelector("table.alerts tbody tr");
  private static final By STEPS = By.cssSelector("#limitation-detail .limitation-steps li");

  private static SuiteServer demo;

  @BeforeAll
  static void startTheDemo(SuiteServer suite, KeycloakServer keycloak) {
    int port = suite.baseUri().getPort() + 2;
    // The daily alert run every second: it must still publish each alert once.
    demo =
        suite.demoPeer(
            "it-demo",
            port,
            suite.httpsPort() + 2,
            Map.of("RECOUVRA_DEBTS_LIMITATION_ALERTS_PERIOD", "PT1S"));
    demo.startFresh();
  }

  @AfterAll
  static void stopTheDemo() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  void aCreditControllerSeesTheQueueAndHowALastDayWasSet() {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "en-GB,en")) {
      signIn(browser);

      assertThat(browser.heading()).isEqualTo("Limitation alerts");
      WebElement near = rowOf(browser, "ACME-INV-2024-1207");
      List<String> cells =
          near.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
      assertThat(cells.get(1)).isEqualTo("Hugo Martin");
      assertThat(cells.get(3)).isEqualTo("40");
      assertThat(cells.get(5)).isEqualTo("Not yet");
      WebElement tomorrow = rowOf(browser, "ACME-INV-2024-1128");
      assertThat(tomorrow.getText()).contains("Due");
      List<WebElement> rows = browser.findAll(ROWS);
      assertThat(rows.indexOf(tomorrow)).as("earliest first").isLessThan(rows.indexOf(near));
      assertThat(browser.findAll(ROWS))
          .extracting(WebElement::getText)
          .noneMatch(text -> text.contains("ACME-INV-2024-0905"));
      assertThat(browser.find(By.cssSelector(".site-nav a[aria-current='page']")).getText())
          .isEqualTo("Limitation alerts");
      assertNoViolations(browser, "queue");

      near.findElement(By.cssSelector("button")).click();
      browser.wait(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(STEPS));

      assertThat(browser.find(By.id("detail-heading")).getText())
          .isEqualTo("How the last day to act of debt ACME-INV-2024-1207 is set");
      assertThat(browser.focused().getDomAttribute("id")).isEqualTo("detail-heading");
      List<WebElement> steps = browser.findAll(STEPS);
      assertThat(steps.get(0).getText()).contains("The sum became claimable: the period starts.");
      assertThat(steps)
          .extracting(WebElement::getText)
          .anyMatch(
              text -> text.contains("Formal notice received: no effect on the last day to act."));
      assertThat(browser.find(By.id("limitation-detail")).getText())
          .contains("Period: 2 years, a prescription (")
          .contains("L218-2");
      assertNoViolations(browser, "explanation");
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  @Test
  void theQueueReadsInFrenchOnAPhone() {
    try (Browser browser = Chromium.start(Screen.PHONE, "fr-FR,fr")) {
      signIn(browser);

      assertThat(browser.heading()).isEqualTo("Alertes de prescription");
      WebElement near = rowOf(browser, "ACME-INV-2024-1207");
      assertThat(near.getText()).contains("Pas encore");
      assertNoViolations(browser, "queue on a phone");
    }
  }

  @Test
  void theDailyRunPublishesTheDueAlertOnceAndNoOther() throws InterruptedException {
    GraphQlClient api = new GraphQlClient(demo.baseUri());
    Map<String, String> debts = demoDebts(api);
    String due = debts.get("ACME-INV-2024-1128");

    String near = debts.get("ACME-INV-2024-1207");

    // Each demo debt's DebtRegistered reaches the probe too: the alert is the delivery beyond it.
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (deliveredFor(api, due) < 2 && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    Thread.sleep(3_000);

    assertThat(deliveredFor(api, due))
        .as("DebtRegistered, then one LimitationAlertDue")
        .isEqualTo(2);
    assertThat(deliveredFor(api, near)).as("DebtRegistered only").isEqualTo(1);
  }

  /** The demo debts of Acme Énergie, by external reference, as event targets. */
  private static Map<String, String> demoDebts(GraphQlClient api) {
    GraphQlResponse page =
        api.graphql(
                "{ debts(first: 100) { edges { node { id externalReference } } } }",
                Map.of(),
                Identity.ofCreditor(DemoCreditors.ACME, "credit-controller"))
            .assertNoErrors();
    Map<String, String> targets = new HashMap<>();
    for (JsonValue edge : page.list("debts.edges")) {
      JsonObject node = edge.asJsonObject().getJsonObject("node");
      targets.put(
          node.getString("externalReference"), "Debt:" + GlobalIds.uuidOf(node.getString("id")));
    }
    return targets;
  }

  private static long deliveredFor(GraphQlClient api, String target) {
    return AuditReader.targetsOf(api, "events.probeDelivered").stream()
        .filter(targets -> targets.contains(target))
        .count();
  }

  private static void signIn(Browser browser) {
    new Portal(demo).open(browser, "limitation.html");
    browser.find(Portal.SIGN_IN).click();
    KeycloakSignIn.as(browser, "controller.acme", "demo");
    browser.wait(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(ROWS));
  }

  private static WebElement rowOf(Browser browser, String reference) {
    return browser.findAll(ROWS).stream()
        .filter(row -> row.getText().contains(reference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + reference));
  }

  private static void assertNoViolations(Browser browser, String what) {
    AccessibilityScan.Result scan = browser.scanAccessibility();
    assertThat(scan.violations()).as("%s: %s", what, scan.describe()).isEmpty();
  }
}
