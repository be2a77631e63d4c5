package io.recouvra.bench;

import java.time.Duration;
import java.util.Locale;

/** The measured figures of a run as a Markdown table. */
final class ResultTable {

  private ResultTable() {}

  static String of(RunResult result) {
    Latencies.Summary latencies = result.latencies();
    return String.join(
        "\n",
        "| measure | value |",
        "| --- | --- |",
        row("debts registered", String.format(Locale.ROOT, "%,d", result.debtCount())),
        row("distinct debtors", String.format(Locale.ROOT, "%,d", result.debtorCount())),
        row("client threads", Integer.toString(result.concurrency())),
        row("total time", seconds(result.elapsed())),
        row("throughput", result.throughput().toPlainString() + " debts/s"),
        row("latency p50", milliseconds(latencies.p50())),
        row("latency p95", milliseconds(latencies.p95())),
        row("latency p99", milliseconds(latencies.p99())),
        row("latency max", milliseconds(latencies.max())));
  }

  static String row(String measure, String value) {
    return "| " + measure + " | " + value + " |";
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  static String milliseconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1_000_000.0);
  }
}
