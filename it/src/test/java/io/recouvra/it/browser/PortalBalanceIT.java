package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.BearerClient;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.Tokens;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A business debtor sees a late invoice part by part on the files page, in plain words and in the
 * page's language, with the figures the API itemises and the notice that counting stopped where a
 * rate is not known yet.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class PortalBalanceIT {
  private static final String CLAIM =
      "mutation C($input: ClaimFileInput!) { claimFile(input: $input) {"
          + " userErrors { code } } }";

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  @Test
  void aLateInvoiceShowsItsPenaltiesAndIndemnityInPlainWords(
      SuiteServer server, KeycloakServer keycloak, Tokens tokens) {
    GraphQlResponse registered =
        creditor
            .register(
                DebtInput.valid()
                    .debtorType("PROFESSIONAL")
                    .principal("10000.00", "EUR")
                    .dates("2024-05-16", "2024-06-15", "2024-06-15"))
            .assertNoUserErrors("registerDebt");
    String reference = registered.string("registerDebt.debt.externalReference");
    new BearerClient(server.baseUri())
        .graphql(
            CLAIM,
            Map.of(
                "input",
                Map.of(
                    "reference", registered.string("registerDebt.debt.creditorReference"),
                    "accessCode", registered.string("registerDebt.debt.accessCode"))),
            tokens.user("debtor.camille"))
        .assertNoUserErrors("claimFile");
    String due =
        creditor
            .api()
            .graphql(
                "query($id: ID!) { debt(id: $id) { itemisedBalance { due { amount } } } }",
                Map.of("id", registered.string("registerDebt.debt.id")),
                creditor.creditController())
            .string("debt.itemisedBalance.due.amount");

    try (Browser browser = Chromium.start(Screen.PHONE, "en-GB,en")) {
      Portal portal = new Portal(server);
      portal.open(browser, "files.html");
      browser.find(Portal.SIGN_IN).click();
      KeycloakSignIn.as(browser, "debtor.camille", "demo");
      portal.open(browser, "files.html");
      WebElement table =
          browser.find(By.xpath("//table[caption='What makes up debt " + reference + "']"));

      List<String> items =
          table.findElements(By.cssSelector("tbody th > span:first-child")).stream()
              .map(WebElement::getText)
              .toList();
      assertThat(items)
          .containsSubsequence(
              "Amount of the invoice", "Late-payment penalties", "Fixed recovery indemnity");
      assertThat(table.findElement(By.cssSelector("tr.total td")).getText())
          .isEqualTo("€" + grouped(due));
      assertThat(browser.find(By.cssSelector(".itemised-balance .notice")).getText())
          .startsWith("Interest and penalties are counted up to the date below")
          .endsWith("30 June 2026");
      assertThat(browser.scanAccessibility().violations()).isEmpty();
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  /** A decimal string written as en-GB writes amounts: 12345.60 as 12,345.60. */
  private static String grouped(String amount) {
    String[] parts = amount.split("\\.");
    return String.format(Locale.ENGLISH, "%,d", Long.parseLong(parts[0])) + "." + parts[1];
  }
}
