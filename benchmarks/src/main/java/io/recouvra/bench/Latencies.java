package io.recouvra.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * The time each request took, one slot per request, and the nearest-rank percentiles of them. Slots
 * are written by several threads, each to its own index.
 */
final class Latencies {

  private final long[] nanos;

  Latencies(int count) {
    this.nanos = new long[count];
  }

  void record(int index, long elapsedNanos) {
    nanos[index] = elapsedNanos;
  }

  /** Summary of the recorded requests; every slot must have been written. */
  Summary summary() {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Summary(
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), maximum(sorted));
  }

  /** The smallest recorded value such that at least {@code percent} % of values are at most it. */
  static Duration percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return Duration.ofNanos(sorted[Math.max(rank, 1) - 1]);
  }

  private static Duration maximum(long[] sorted) {
    return Duration.ofNanos(sorted[sorted.length - 1]);
  }

  /** Latency percentiles of one run. */
  record Summary(Duration p50, Duration p95, Duration p99, Duration max) {}
}
