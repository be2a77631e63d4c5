package io.recouvra.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * What a run of {@link RegisterDebtsBenchmark} is asked to do, read from system properties.
 *
 * @param endpoint the GraphQL endpoint, from {@code -Dbase.url} (default http://localhost:9280)
 * @param debtCount how many debts to register, from {@code -Dn} (default 100,000)
 * @param concurrency how many client threads send requests at once, from {@code -Dconcurrency}
 * @param creditorId the global id of an existing creditor from {@code -Dcreditor}; without it the
 *     run creates one as admin
 * @param resultFile where the measured figures are written, from {@code -Dresult.file}
 * @param requestTimeout how long one request may take before the run fails
 */
public record Settings(
    URI endpoint,
    int debtCount,
    int concurrency,
    Optional<String> creditorId,
    Path resultFile,
    Duration requestTimeout) {

  static final int DEFAULT_DEBT_COUNT = 100_000;

  public Settings {
    if (debtCount < 1 || concurrency < 1) {
      throw new BenchmarkFailure("n and concurrency must be at least 1");
    }
  }

  static Settings from(Properties properties) {
    String baseUrl = properties.getProperty("base.url", "http://localhost:9280");
    return new Settings(
        URI.create(baseUrl.replaceAll("/+$", "") + "/graphql"),
        positiveInt(properties, "n", DEFAULT_DEBT_COUNT),
        positiveInt(properties, "concurrency", 4),
        Optional.ofNullable(properties.getProperty("creditor")).filter(id -> !id.isBlank()),
        Path.of(properties.getProperty("result.file", "target/register-debts-result.properties")),
        Duration.ofSeconds(positiveInt(properties, "request.timeout.seconds", 60)));
  }

  int debtorCount() {
    return Math.max(1, debtCount / 5);
  }

  private static int positiveInt(Properties properties, String key, int fallback) {
    String text = properties.getProperty(key, Integer.toString(fallback)).replace("_", "");
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new BenchmarkFailure("-D" + key + " must be a whole number, got " + text, e);
    }
  }
}
