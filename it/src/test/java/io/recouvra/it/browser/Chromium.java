package io.recouvra.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both named explicitly so that Selenium
 * Manager never downloads anything, headless, in a fresh profile, with the given preferred language
 * and screen.
 */
final class Chromium {

  private static final String BINARY =
      System.getProperty("recouvra.it.chromium", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getProperty("recouvra.it.chromedriver", "/usr/bin/chromedriver");
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage");

  private Chromium() {}

  /** A new browser; the caller closes it, which also deletes its profile. */
  static Browser start(Screen screen, String acceptLanguages) {
    requireExecutable(BINARY, "chromium");
    requireExecutable(DRIVER, "chromium-driver");
    Path profile = newProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY);
    options.addArguments(FLAGS);
    options.addArguments(
        "--user-data-dir=" + profile,
        "--lang=" + acceptLanguages.split(",")[0],
        "--accept-lang=" + acceptLanguages);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    screen.applyTo(options);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  private static Path newProfile() {
    try {
      return Files.createTempDirectory("recouvra-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
    }
  }

  private static void requireExecutable(String path, String debianPackage) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(
          path + " is missing: install it with `apt-get install -y " + debianPackage + "`.");
    }
  }
}
