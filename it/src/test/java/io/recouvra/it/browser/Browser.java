package io.recouvra.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium and what the portal's tests do with it. */
final class Browser implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

  private final WebDriver driver;
  private final Path profile;

  Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Opens uri and waits until the portal page says it has rendered (html[data-ready]). */
  void open(URI uri) {
    driver.get(uri.toString());
    waitUntilReady();
  }

  void reload() {
    driver.navigate().refresh();
    waitUntilReady();
  }

  void waitUntilReady() {
    wait(READY_TIMEOUT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[data-ready]")));
  }

  WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** The lang attribute of the page. */
  String pageLanguage() {
    return find(By.tagName("html")).getDomAttribute("lang");
  }

  String heading() {
    return find(By.tagName("h1")).getText();
  }

  String title() {
    return driver.getTitle();
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Presses a key on whatever has the focus, as a keyboard-only user would. */
  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  void pressTab() {
    press(Keys.TAB);
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  Object asyncScript(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  /** Runs axe-core inside the current page. */
  AccessibilityScan.Result scanAccessibility() {
    return AccessibilityScan.run(this);
  }

  /**
   * The browser console messages that report a Content-Security-Policy refusal since the last call
   * (reading the log empties it).
   */
  List<String> contentSecurityPolicyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(Browser::isPolicyViolation)
        .toList();
  }

  private static boolean isPolicyViolation(String message) {
    String text = message.toLowerCase(Locale.ROOT);
    return text.contains("content security policy") || text.contains("content-security-policy");
  }

  /** Saves a PNG of the viewport, for a person to look at. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save a screenshot to " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profile)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      System.err.println("[it] could not delete the Chromium profile " + profile + ": " + e);
    }
  }
}
