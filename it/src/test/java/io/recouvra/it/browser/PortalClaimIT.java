package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A debtor claims a file with the reference and access code of a letter, then sees it among their
 * files; refusals show next to the field, in the page's language; a name is shown as text.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class PortalClaimIT {

  /** A name a creditor's system might send, which must show as typed, never as markup. */
  private static final String MARKUP_NAME = "<img src=x id=injected> Camille & <b>Co</b>";

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  @Test
  void aDebtorClaimsAFileAndSeesItAmongTheirFiles(SuiteServer server, KeycloakServer keycloak) {
    GraphQlResponse registered = registerDebtOf(MARKUP_NAME);
    String reference = registered.string("registerDebt.debt.creditorReference");
    String accessCode = registered.string("registerDebt.debt.accessCode");
    String externalReference = registered.string("registerDebt.debt.externalReference");
    Portal portal = new Portal(server);

    try (Browser browser = Chromium.start(Screen.PHONE, "en-GB,en")) {
      portal.open(browser, "claim.html");
      browser.find(Portal.SIGN_IN).click();
      KeycloakSignIn.as(browser, "debtor.camille", "demo");
      assertThat(browser.heading()).isEqualTo("Claim a file");

      claim(browser, reference, "ABCD-EFGH-JKMN", By.id("accessCode-error"));

      assertThat(browser.find(By.id("accessCode-error")).getText())
          .isEqualTo(
              "This reference and this access code do not match. Check both against the letter.");
      assertThat(browser.find(By.id("accessCode")).getDomAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.focused().getDomAttribute("id")).isEqualTo("claim-errors");
      assertThat(browser.scanAccessibility().violations()).isEmpty();

      claim(browser, reference, accessCode, By.id("claim-success-text"));

      assertThat(browser.find(By.id("claim-success-text")).getText())
          .isEqualTo("The file of " + MARKUP_NAME + " is now in your account.");
      assertThat(browser.findAll(By.id("injected"))).isEmpty();

      portal.open(browser, "files.html");
      List<WebElement> debts = browser.findAll(By.cssSelector(".debt h3"));
      assertThat(debts).extracting(WebElement::getText).contains("Debt " + externalReference);
      // The account may hold files other tests claimed: this one is among them, shown as text.
      assertThat(browser.findAll(By.cssSelector(".file h2")))
          .extracting(WebElement::getText)
          .contains("File: " + MARKUP_NAME);
      assertThat(browser.findAll(By.id("injected"))).isEmpty();
      assertThat(browser.scanAccessibility().violations()).isEmpty();
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  private static void claim(Browser browser, String reference, String accessCode, By expected) {
    WebElement referenceField = browser.find(By.id("reference"));
    referenceField.clear();
    referenceField.sendKeys(reference);
    WebElement codeField = browser.find(By.id("accessCode"));
    codeField.clear();
    codeField.sendKeys(accessCode);
    browser.find(By.cssSelector("#claim-form button[type='submit']")).click();
    browser
        .wait(Duration.ofSeconds(10))
        .until(
            driver -> {
              WebElement outcome = driver.findElement(expected);
              return outcome.isDisplayed() && !outcome.getText().isBlank();
            });
  }

  @SuppressWarnings("unchecked")
  private static GraphQlResponse registerDebtOf(String debtorName) {
    Map<String, Object> variables = DebtInput.valid().asVariables();
    Map<String, Object> input = (Map<String, Object>) variables.get("input");
    ((Map<String, Object>) input.get("debtor")).put("name", debtorName);
    return creditor
        .api()
        .graphql(Operations.REGISTER_DEBT, variables, creditor.clientApp())
        .assertNoUserErrors("registerDebt");
  }
}
