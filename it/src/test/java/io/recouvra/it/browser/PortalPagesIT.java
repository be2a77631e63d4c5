package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The pages for signed-in people, opened by someone who is not: each asks to sign in, in the
 * browser's language, and passes the accessibility scan on a desktop and on a phone.
 */
@RecouvraIT
class PortalPagesIT {

  @ParameterizedTest
  @CsvSource({
    "claim.html, fr-FR, fr, Rattacher un dossier, Connectez-vous pour continuer",
    "claim.html, en-GB, en, Claim a file, Sign in to continue",
    "files.html, fr-FR, fr, Mes dossiers, Connectez-vous pour continuer",
    "files.html, en-GB, en, My files, Sign in to continue",
  })
  void asksToSignInFirst(
      String path,
      String browserLanguage,
      String lang,
      String heading,
      String prompt,
      SuiteServer server) {
    for (Screen screen : Screen.values()) {
      try (Browser browser = Chromium.start(screen, browserLanguage)) {
        new Portal(server).open(browser, path);

        assertThat(browser.pageLanguage()).isEqualTo(lang);
        assertThat(browser.heading()).isEqualTo(heading);
        assertThat(browser.find(By.id("sign-in-needed")).getText()).isEqualTo(prompt);
        assertThat(browser.findAll(By.cssSelector("form"))).isEmpty();
        assertThat(browser.find(By.cssSelector(".site-nav a[aria-current='page']")).getText())
            .isEqualTo(heading);
        AccessibilityScan.Result scan = browser.scanAccessibility();
        assertThat(scan.violations()).as("%s on %s: %s", path, screen, scan.describe()).isEmpty();
      }
    }
  }
}
