package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The landing page, before anyone signs in: languages, accessibility, keyboard, phone. */
@RecouvraIT
class PortalLandingIT {

  private static final String FRENCH_HEADING =
      "Consultez et réglez ce que vous devez, à votre rythme";
  private static final String ENGLISH_HEADING = "See and settle what you owe, at your own pace";

  @Test
  void speaksFrenchToAFrenchBrowserAndPassesTheScan(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      new Portal(server).open(browser, "");

      assertThat(browser.pageLanguage()).isEqualTo("fr");
      assertThat(browser.heading()).isEqualTo(FRENCH_HEADING);
      assertThat(browser.title()).isEqualTo("Votre espace — Recouvra");
      assertThat(browser.find(Portal.SIGN_IN).getText()).isEqualTo("Se connecter");
      AccessibilityScan.Result scan = browser.scanAccessibility();
      assertThat(scan.violations()).as(scan.describe()).isEmpty();
    }
  }

  @Test
  void speaksEnglishToAnEnglishBrowserAndPassesTheScan(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "en-GB,en")) {
      new Portal(server).open(browser, "");

      assertThat(browser.pageLanguage()).isEqualTo("en");
      assertThat(browser.heading()).isEqualTo(ENGLISH_HEADING);
      assertThat(browser.title()).isEqualTo("Your space — Recouvra");
      assertThat(browser.find(Portal.SIGN_IN).getText()).isEqualTo("Sign in");
      AccessibilityScan.Result scan = browser.scanAccessibility();
      assertThat(scan.violations()).as(scan.describe()).isEmpty();
    }
  }

  @Test
  void speaksFrenchWhenTheBrowserOffersNeitherLanguage(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "de-DE,de")) {
      new Portal(server).open(browser, "");

      assertThat(browser.pageLanguage()).isEqualTo("fr");
      assertThat(browser.heading()).isEqualTo(FRENCH_HEADING);
    }
  }

  @Test
  void switchesLanguageAndRemembersTheChoice(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      new Portal(server).open(browser, "");
      assertThat(Portal.languageSwitch(browser).getText()).isEqualTo("English");

      Portal.languageSwitch(browser).click();

      assertThat(browser.pageLanguage()).isEqualTo("en");
      assertThat(browser.heading()).isEqualTo(ENGLISH_HEADING);
      assertThat(browser.title()).isEqualTo("Your space — Recouvra");
      assertThat(Portal.languageSwitch(browser).getText()).isEqualTo("Français");
      assertThat(Portal.languageSwitch(browser).getDomAttribute("lang")).isEqualTo("fr");
      AccessibilityScan.Result scan = browser.scanAccessibility();
      assertThat(scan.violations()).as(scan.describe()).isEmpty();

      browser.reload();

      assertThat(browser.pageLanguage()).isEqualTo("en");
      assertThat(browser.heading()).isEqualTo(ENGLISH_HEADING);
    }
  }

  @Test
  void theKeyboardReachesSignInWithAVisibleFocus(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "en-GB,en")) {
      new Portal(server).open(browser, "");

      int presses = 0;
      while (!"sign-in".equals(browser.focused().getDomAttribute("data-action")) && presses < 15) {
        browser.pressTab();
        presses++;
      }

      assertThat(browser.focused().getDomAttribute("data-action")).isEqualTo("sign-in");
      assertThat(browser.focused().getText()).isEqualTo("Sign in");
      assertThat(browser.focused().getCssValue("outline-style")).isNotEqualTo("none");
      assertThat(browser.focused().getCssValue("outline-width")).isNotEqualTo("0px");
    }
  }

  @Test
  void theSkipLinkComesFirstAndLeadsToTheMainContent(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      new Portal(server).open(browser, "");

      browser.pressTab();

      assertThat(browser.focused().getDomAttribute("class")).isEqualTo("skip-link");
      assertThat(browser.focused().getText()).isEqualTo("Aller au contenu principal");
      assertThat(browser.focused().getRect().getY()).isGreaterThanOrEqualTo(0);

      browser.press(Keys.ENTER);

      assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");
    }
  }

  @Test
  void fitsAPhoneScreen(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.PHONE, "fr-FR,fr")) {
      new Portal(server).open(browser, "");

      assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) Screen.PHONE_WIDTH);
      assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
          .as("no sideways scrolling")
          .isLessThanOrEqualTo(Screen.PHONE_WIDTH);
      for (By control :
          List.of(
              Portal.SIGN_IN,
              Portal.LANGUAGE_SWITCH,
              By.cssSelector(".site-nav a[href='claim.html']"))) {
        var rect = browser.find(control).getRect();
        assertThat(rect.getX()).as("%s starts on screen", control).isGreaterThanOrEqualTo(0);
        assertThat(rect.getX() + rect.getWidth())
            .as("%s ends on screen", control)
            .isLessThanOrEqualTo(Screen.PHONE_WIDTH);
        assertThat(rect.getHeight()).as("%s is big enough to touch", control).isGreaterThan(36);
      }
      AccessibilityScan.Result scan = browser.scanAccessibility();
      assertThat(scan.violations()).as(scan.describe()).isEmpty();
    }
  }
}
