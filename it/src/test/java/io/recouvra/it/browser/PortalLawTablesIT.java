package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo administrator opens the rate tables, sees the rates missing today first, is told what is
 * wrong next to each field, adds a rate row and finds it in its table, in English and French. The
 * row lies in 2031 with a made-up figure, so no real figure is ever invented.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class PortalLawTablesIT {

  /** A reference as someone might paste it, which must show as typed, never as markup. */
  private static final String REFERENCE = "Browser test row <b id=injected>not</b> of the law";

  private static final By ECB_ROWS =
      By.cssSelector("section[data-kind='ECB_MAIN_REFINANCING'] tbody tr");
  private static final By ADDED = By.id("rate-added");

  @Test
  void anAdministratorSeesTheGapsAndAddsARate(SuiteServer server, KeycloakServer keycloak) {
    Portal portal = new Portal(server);
    try (Browser browser = Chromium.start(Screen.DESKTOP, "en-GB,en")) {
      portal.open(browser, "rates.html");
      browser.find(Portal.SIGN_IN).click();
      KeycloakSignIn.as(browser, "admin", "demo");

      assertThat(browser.heading()).isEqualTo("Rate tables");
      assertThat(browser.find(By.cssSelector(".site-nav a[aria-current='page']")).getText())
          .isEqualTo("Rate tables");
      WebElement gaps = browser.find(By.id("rates-gaps"));
      assertThat(gaps.isDisplayed()).isTrue();
      assertThat(gaps.findElements(By.tagName("li")))
          .extracting(WebElement::getText)
          .contains("ECB main refinancing rate", "Legal interest rate, all other cases");
      assertThat(texts(browser.findAll(ECB_ROWS))).anyMatch(row -> row.contains("2.15%"));
      assertThat(browser.scanAccessibility().violations()).isEmpty();

      submit(browser, By.id("rate-errors"));

      for (String field : List.of("kind", "validFrom", "percent", "legalReference")) {
        assertThat(browser.find(By.id(field + "-error")).isDisplayed()).as(field).isTrue();
        assertThat(browser.find(By.id(field)).getDomAttribute("aria-invalid"))
            .as(field)
            .isEqualTo("true");
      }
      assertThat(browser.find(By.id("kind-error")).getText()).isEqualTo("Choose the kind of rate.");
      assertThat(browser.focused().getDomAttribute("id")).isEqualTo("rate-errors");
      assertThat(browser.scanAccessibility().violations()).isEmpty();

      fill(browser);
      submit(browser, ADDED);

      assertThat(browser.find(ADDED).getText())
          .isEqualTo("The rate was added. It applies from the next computation.");
      WebElement added = addedRow(browser);
      assertThat(added.getText()).contains("1 July 2031", "31 December 2031", "6.54%", "To verify");
      assertThat(added.findElement(By.cssSelector(".reference")).getText()).isEqualTo(REFERENCE);
      assertThat(browser.findAll(By.id("injected"))).isEmpty();
      assertThat(browser.scanAccessibility().violations()).isEmpty();

      fill(browser);
      submit(browser, By.id("validFrom-error"));

      assertThat(browser.find(By.id("validFrom-error")).getText())
          .isEqualTo("These days overlap a row of this kind already in the table above.");
      assertThat(browser.findAll(ECB_ROWS).stream().filter(this::isTheAddedRow)).hasSize(1);

      Portal.languageSwitch(browser).click();

      assertThat(browser.heading()).isEqualTo("Barèmes de taux");
      assertThat(addedRow(browser).getText().replace('\u202f', ' ')).contains("6,54 %");
      assertThat(browser.scanAccessibility().violations()).isEmpty();
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }

  private static void fill(Browser browser) {
    new Select(browser.find(By.id("kind"))).selectByValue("ECB_MAIN_REFINANCING");
    type(browser, "validFrom", "2031-07-01");
    type(browser, "validTo", "2031-12-31");
    type(browser, "percent", "6,54");
    type(browser, "legalReference", REFERENCE);
    type(browser, "note", "Made up by a browser test");
  }

  private static void type(Browser browser, String id, String text) {
    WebElement field = browser.find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private static void submit(Browser browser, By expected) {
    browser.find(By.cssSelector("#rate-form button[type='submit']")).click();
    browser
        .wait(Duration.ofSeconds(10))
        .until(
            driver -> {
              WebElement outcome = driver.findElement(expected);
              return outcome.isDisplayed() && !outcome.getText().isBlank();
            });
  }

  private WebElement addedRow(Browser browser) {
    return browser.findAll(ECB_ROWS).stream().filter(this::isTheAddedRow).findFirst().orElseThrow();
  }

  private boolean isTheAddedRow(WebElement row) {
    return "2031-07-01".equals(row.getDomAttribute("data-valid-from"));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
