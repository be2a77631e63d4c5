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
 * @param keycloak where tokens come from: {@code -Dkeycloak.url} (default http://localhost:8180,
 *     the demo's Keycloak, realm recouvra), the administrator who onboards the run's creditor
 *     ({@code -Dadmin.user}, {@code -Dadmin.password}, default the demo's admin/demo), or an
 *     existing creditor's application ({@code -Dclient.id} and {@code -Dclient.secret}), which
 *     skips the onboarding
 * @param resultFile where the measured figures are written, from {@code -Dresult.file}
 * @param requestTimeout how long one request may take before the run fails
 */
public record Settings(
    URI endpoint,
    int debtCount,
    int concurrency,
    Keycloak keycloak,
    Path resultFile,
    Duration requestTimeout) {

  static final int DEFAULT_DEBT_COUNT = 100_000;

  /**
   * Where the run gets its tokens, and as whom.
   *
   * @param tokenEndpoint the realm's token endpoint
   * @param adminUser the administrator's user name
   * @param adminPassword the administrator's password
   * @param app an existing creditor's application, when given
   */
  record Keycloak(
      URI tokenEndpoint,
      String adminUser,
      String adminPassword,
      Optional<BenchmarkCreditor.ClientCredentials> app) {

    static Keycloak from(Properties properties) {
      String url = properties.getProperty("keycloak.url", "http://localhost:8180");
      Optional<String> clientId = nonBlank(properties.getProperty("client.id"));
      Optional<String> secret = nonBlank(properties.getProperty("client.secret"));
      if (clientId.isPresent() != secret.isPresent()) {
        throw new BenchmarkFailure("give both -Dclient.id and -Dclient.secret, or neither");
      }
      return new Keycloak(
          URI.create(url.replaceAll("/+$", "") + "/realms/recouvra/protocol/openid-connect/token"),
          properties.getProperty("admin.user", "admin"),
          properties.getProperty("admin.password", "demo"),
          clientId.map(id -> new BenchmarkCreditor.ClientCredentials(id, secret.get())));
    }

    private static Optional<String> nonBlank(String text) {
      return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
  }

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
        Keycloak.from(properties),
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
