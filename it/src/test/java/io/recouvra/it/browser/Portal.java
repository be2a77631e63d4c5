package io.recouvra.it.browser;

import io.recouvra.it.support.SuiteServer;
import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The portal of the suite server, and the parts of its pages that tests reach for. */
final class Portal {

  static final By SIGN_IN = By.cssSelector("button[data-action='sign-in']");
  static final By SIGN_OUT = By.cssSelector("button[data-action='sign-out']");
  static final By LANGUAGE_SWITCH = By.cssSelector("button.language-switch");
  static final By SKIP_LINK = By.cssSelector("a.skip-link");
  static final By ACCOUNT_NAME = By.cssSelector(".account-name");

  private final URI base;

  Portal(SuiteServer server) {
    this.base = server.baseUri().resolve("portal/");
  }

  /** A page of the portal by its path under /portal/, e.g. {@code ""} or {@code "claim.html"}. */
  URI page(String path) {
    return base.resolve(path);
  }

  /** Opens the page in the browser and waits until it has rendered. */
  Browser open(Browser browser, String path) {
    browser.open(page(path));
    return browser;
  }

  static WebElement languageSwitch(Browser browser) {
    return browser.find(LANGUAGE_SWITCH);
  }
}
