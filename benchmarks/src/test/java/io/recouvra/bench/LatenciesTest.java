package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesFollowTheNearestRankOfTheSortedValues() {
    Latencies latencies = new Latencies(20);
    for (int i = 0; i < 20; i++) {
      latencies.record(i, (20 - i) * 1_000_000L);
    }

    Latencies.Summary summary = latencies.summary();

    // Values 1..20 ms: rank ceil(0.50 * 20) = 10, ceil(0.95 * 20) = 19, ceil(0.99 * 20) = 20.
    assertThat(summary.p50()).isEqualTo(Duration.ofMillis(10));
    assertThat(summary.p95()).isEqualTo(Duration.ofMillis(19));
    assertThat(summary.p99()).isEqualTo(Duration.ofMillis(20));
    assertThat(summary.max()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void aSingleRequestIsEveryPercentile() {
    Latencies latencies = new Latencies(1);
    latencies.record(0, 7_000);

    assertThat(latencies.summary().p50()).isEqualTo(Duration.ofNanos(7_000));
    assertThat(latencies.summary().p99()).isEqualTo(Duration.ofNanos(7_000));
  }
}
