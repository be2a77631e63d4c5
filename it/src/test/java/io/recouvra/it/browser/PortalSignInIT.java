package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out through the suite's Keycloak, with the demo debtor {@code debtor.camille}. */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class PortalSignInIT {

  @Test
  void aDebtorSignsInLandsOnTheirFilesAndSignsOut(SuiteServer server, KeycloakServer keycloak) {
    Portal portal = new Portal(server);
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      portal.open(browser, "");

      browser.find(Portal.SIGN_IN).click();
      KeycloakSignIn.as(browser, "debtor.camille", "demo");

      assertThat(browser.currentUrl()).startsWith(portal.page("files.html").toString());
      assertThat(browser.currentUrl()).doesNotContain("code=", "state=");
      assertThat(browser.heading()).isEqualTo("Mes dossiers");
      assertThat(browser.find(Portal.ACCOUNT_NAME).getText()).startsWith("Compte : ");
      AccessibilityScan.Result scan = browser.scanAccessibility();
      assertThat(scan.violations()).as(scan.describe()).isEmpty();
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

      portal.open(browser, "");
      assertThat(browser.find(Portal.ACCOUNT_NAME).isDisplayed())
          .as("the session is found again silently on the next page")
          .isTrue();

      browser.find(Portal.SIGN_OUT).click();
      browser.waitUntilReady();

      assertThat(browser.findAll(Portal.ACCOUNT_NAME)).isEmpty();
      assertThat(browser.find(Portal.SIGN_IN).isDisplayed()).isTrue();
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  @Test
  void signInUsesThePagesLanguage(SuiteServer server, KeycloakServer keycloak) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "en-GB,en")) {
      new Portal(server).open(browser, "");

      browser.find(Portal.SIGN_IN).click();
      browser
          .wait(java.time.Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().contains("/realms/recouvra/"));

      assertThat(browser.currentUrl())
          .contains("code_challenge_method=S256")
          .contains("ui_locales=en")
          .contains("client_id=portal");
    }
  }
}
