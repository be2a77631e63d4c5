package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

  private static final Machine MACHINE =
      new Machine(2, "23.5 GiB", "AMD EPYC", "Debian 12", "openjdk version \"17\"");
  private static final GcLogPeaks HEAP = new GcLogPeaks(12, 310, 95, 512);

  @Test
  void aSmallRunIsLabelledAsASmokeRun() {
    String section = BenchmarkReport.section(run(2_000), HEAP, MACHINE, "./recouvra bench", "-X");

    assertThat(section)
        .contains("### 2026-12-03 17:40 UTC: registerDebt, smoke run")
        .contains("| throughput | 200.0 debts/s |")
        .contains("| heap peak before GC (occupancy, garbage included) | 310 MB |")
        .contains("| heap peak after GC (live data, at most) | 95 MB |")
        .contains("Load average (1, 5, 15 min) at the start: 0.50 0.40 0.30");
  }

  @Test
  void theReferenceSizeIsAFullRun() {
    String section = BenchmarkReport.section(run(100_000), HEAP, MACHINE, "./recouvra bench", "");

    assertThat(section).contains("registerDebt, full run").doesNotContain("smoke");
  }

  private static RunResult run(int debtCount) {
    Duration tenMs = Duration.ofMillis(10);
    return new RunResult(
        Instant.parse("2026-12-03T17:40:12Z"),
        "0.50 0.40 0.30",
        debtCount,
        debtCount / 5,
        4,
        Duration.ofSeconds(debtCount / 200),
        new Latencies.Summary(tenMs, tenMs, tenMs, tenMs));
  }
}
