package io.recouvra.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The axe-core accessibility scan, injected into the page under test and run there with every rule
 * axe has (none disabled, nothing excluded). axe-core comes from the portal's npm install; it never
 * ships in the portal's WAR.
 */
final class AccessibilityScan {

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ['violations'] })
        .then((results) => done(results.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact || '',
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }))))
        .catch((error) => done([{ id: 'axe-failed', impact: 'critical',
          help: String(error), targets: [] }]));
      """;

  private static String axeSource;

  private AccessibilityScan() {}

  static Result run(Browser browser) {
    if (!Boolean.TRUE.equals(browser.script("return typeof axe === 'object';"))) {
      browser.script(axeSource());
    }
    List<?> raw = (List<?>) browser.asyncScript(RUN);
    return new Result(raw.stream().map(item -> Violation.of((Map<?, ?>) item)).toList());
  }

  private static synchronized String axeSource() {
    if (axeSource == null) {
      Path script =
          Path.of(
              System.getProperty(
                  "recouvra.it.axe.script", "../portal/node_modules/axe-core/axe.min.js"));
      try {
        axeSource = Files.readString(script);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core not found at " + script + ": build the portal first (it runs npm ci)", e);
      }
    }
    return axeSource;
  }

  /** What one scan found. */
  record Result(List<Violation> violations) {

    /** One line per violation, with the elements concerned, for a failure message. */
    String describe() {
      return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
  }

  /** One rule broken, where. */
  record Violation(String rule, String impact, String help, List<String> elements) {

    static Violation of(Map<?, ?> raw) {
      List<String> targets = ((List<?>) raw.get("targets")).stream().map(String::valueOf).toList();
      return new Violation(
          String.valueOf(raw.get("id")),
          String.valueOf(raw.get("impact")),
          String.valueOf(raw.get("help")),
          targets);
    }

    @Override
    public String toString() {
      return "[" + impact + "] " + rule + ": " + help + " at " + elements;
    }
  }
}
