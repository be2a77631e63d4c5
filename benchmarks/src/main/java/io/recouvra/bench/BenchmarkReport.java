package io.recouvra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Appends a dated section to the benchmark results: the run's figures, the server's heap peaks from
 * its GC log, the machine and the server's JVM flags. Run after the server has stopped, so that its
 * GC log is complete.
 *
 * <p>System properties: {@code result.file}, {@code gc.log}, {@code report.file}, {@code command}
 * (as typed), {@code server.jvm.flags}.
 */
public final class BenchmarkReport {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private BenchmarkReport() {}

  public static void main(String[] args) {
    try {
      Properties properties = System.getProperties();
      RunResult result = RunResult.readFrom(Path.of(required(properties, "result.file")));
      GcLogPeaks heap = GcLogPeaks.read(Path.of(required(properties, "gc.log")));
      String section =
          section(
              result,
              heap,
              Machine.current(),
              properties.getProperty("command", "./recouvra bench"),
              properties.getProperty("server.jvm.flags", "(not given)"));
      append(Path.of(required(properties, "report.file")), section);
      System.out.println(section);
    } catch (BenchmarkFailure e) {
      System.err.println("REPORT FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  static String section(
      RunResult result, GcLogPeaks heap, Machine machine, String command, String jvmFlags) {
    return String.join(
        "\n",
        "",
        "### " + MINUTE.format(result.startedAt()) + ": registerDebt, " + label(result),
        "",
        String.format(
            Locale.ROOT,
            "Command: `%s`. N = %d, concurrency = %d.",
            command,
            result.debtCount(),
            result.concurrency()),
        "",
        ResultTable.of(result),
        ResultTable.row(
            "heap peak before GC (occupancy, garbage included)", heap.peakBeforeMb() + " MB"),
        ResultTable.row("heap peak after GC (live data, at most)", heap.peakAfterMb() + " MB"),
        ResultTable.row("largest committed heap", heap.peakCommittedMb() + " MB"),
        ResultTable.row("GC pauses", Integer.toString(heap.pauses())),
        "",
        machineLine(machine, result.loadAverage()),
        "",
        "```",
        machine.javaVersion(),
        "```",
        "",
        "Server JVM flags: `" + jvmFlags + "`.",
        "");
  }

  private static String machineLine(Machine machine, String loadAverage) {
    return String.format(
        Locale.ROOT,
        "Machine: %d processors (nproc), %s memory, %s, %s. Load average (1, 5, 15 min) at the"
            + " start: %s; other work on the machine slows both the client and the server.",
        machine.processors(),
        machine.memory(),
        machine.cpuModel(),
        machine.operatingSystem(),
        loadAverage);
  }

  private static String label(RunResult result) {
    if (result.debtCount() < Settings.DEFAULT_DEBT_COUNT) {
      return "smoke run (N below the reference 100,000: proves the pipeline, not a measurement to"
          + " compare)";
    }
    return "full run";
  }

  private static void append(Path report, String section) {
    try {
      Files.writeString(
          report,
          section,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new BenchmarkFailure("cannot append to " + report, e);
    }
  }

  private static String required(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new BenchmarkFailure("-D" + key + " is required");
    }
    return value;
  }
}
