package io.recouvra.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The figures measured by one run of {@link RegisterDebtsBenchmark}, kept in a properties file so
 * that {@link BenchmarkReport} can add them to the results once the server is stopped.
 *
 * @param loadAverage the machine's load averages over 1, 5 and 15 minutes when the run started
 */
record RunResult(
    Instant startedAt,
    String loadAverage,
    int debtCount,
    int debtorCount,
    int concurrency,
    Duration elapsed,
    Latencies.Summary latencies) {

  /** Debts registered per second of wall-clock time, to one decimal. */
  BigDecimal throughput() {
    BigDecimal seconds = BigDecimal.valueOf(elapsed.toNanos(), 9);
    return BigDecimal.valueOf(debtCount).divide(seconds, 1, RoundingMode.HALF_UP);
  }

  void writeTo(Path file) {
    Properties properties = new Properties();
    properties.setProperty("startedAt", startedAt.toString());
    properties.setProperty("loadAverage", loadAverage);
    properties.setProperty("n", Integer.toString(debtCount));
    properties.setProperty("debtors", Integer.toString(debtorCount));
    properties.setProperty("concurrency", Integer.toString(concurrency));
    properties.setProperty("elapsed", elapsed.toString());
    properties.setProperty("p50", latencies.p50().toString());
    properties.setProperty("p95", latencies.p95().toString());
    properties.setProperty("p99", latencies.p99().toString());
    properties.setProperty("max", latencies.max().toString());
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        properties.store(writer, "RegisterDebtsBenchmark result");
      }
    } catch (IOException e) {
      throw new BenchmarkFailure("cannot write " + file, e);
    }
  }

  static RunResult readFrom(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new BenchmarkFailure("cannot read " + file, e);
    }
    return new RunResult(
        Instant.parse(properties.getProperty("startedAt")),
        properties.getProperty("loadAverage", "unknown"),
        Integer.parseInt(properties.getProperty("n")),
        Integer.parseInt(properties.getProperty("debtors")),
        Integer.parseInt(properties.getProperty("concurrency")),
        Duration.parse(properties.getProperty("elapsed")),
        new Latencies.Summary(
            Duration.parse(properties.getProperty("p50")),
            Duration.parse(properties.getProperty("p95")),
            Duration.parse(properties.getProperty("p99")),
            Duration.parse(properties.getProperty("max"))));
  }
}
