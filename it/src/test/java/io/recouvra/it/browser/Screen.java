package io.recouvra.it.browser;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeOptions;

/** The screen a page is looked at on: a desktop window or a phone. */
enum Screen {
  DESKTOP {
    @Override
    void applyTo(ChromeOptions options) {
      options.addArguments("--window-size=1280,900");
    }
  },
  /** A 375 px wide phone (the width of the smaller common phones), touch, high density. */
  PHONE {
    @Override
    void applyTo(ChromeOptions options) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", PHONE_WIDTH, "height", 812, "pixelRatio", 2.0, "touch", true)));
    }
  };

  static final int PHONE_WIDTH = 375;

  abstract void applyTo(ChromeOptions options);
}
