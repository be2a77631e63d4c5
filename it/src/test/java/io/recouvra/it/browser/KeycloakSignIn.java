package io.recouvra.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Keycloak's own sign-in page, as a person fills it in. */
final class KeycloakSignIn {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private KeycloakSignIn() {}

  /** Fills Keycloak's form with a demo user and waits until the portal page has rendered again. */
  static void as(Browser browser, String username, String password) {
    browser.wait(TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    browser.find(By.id("username")).sendKeys(username);
    browser.find(By.id("password")).sendKeys(password);
    browser.find(By.id("kc-login")).click();
    browser.wait(TIMEOUT).until(ExpectedConditions.urlContains("/portal/"));
    browser.waitUntilReady();
  }
}
