package io.recouvra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap peaks read from a unified JVM GC log ({@code -Xlog:gc*}). Each pause line reads like {@code
 * GC(12) Pause Young (Normal) (G1 Evacuation Pause) 310M->42M(1024M) 5.1ms}: the heap in use before
 * the pause, after it, and the heap committed.
 *
 * @param pauses how many pauses with heap figures the log holds
 * @param peakBeforeMb the largest heap in use just before a pause: the highest occupancy seen,
 *     garbage included
 * @param peakAfterMb the largest heap in use just after a pause: what was really live, at most
 * @param peakCommittedMb the largest heap the JVM had reserved from the operating system
 */
record GcLogPeaks(int pauses, long peakBeforeMb, long peakAfterMb, long peakCommittedMb) {

  private static final Pattern PAUSE =
      Pattern.compile("GC\\(\\d+\\) Pause .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  static GcLogPeaks read(Path gcLog) {
    try {
      return of(Files.readAllLines(gcLog, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new BenchmarkFailure("cannot read the GC log " + gcLog, e);
    }
  }

  static GcLogPeaks of(List<String> lines) {
    GcLogPeaks peaks = new GcLogPeaks(0, 0, 0, 0);
    for (String line : lines) {
      Matcher pause = PAUSE.matcher(line);
      if (pause.find()) {
        peaks = peaks.with(pause);
      }
    }
    return peaks;
  }

  private GcLogPeaks with(Matcher pause) {
    return new GcLogPeaks(
        pauses + 1,
        Math.max(peakBeforeMb, megabytes(pause.group(1), pause.group(2))),
        Math.max(peakAfterMb, megabytes(pause.group(3), pause.group(4))),
        Math.max(peakCommittedMb, megabytes(pause.group(5), pause.group(6))));
  }

  private static long megabytes(String amount, String unit) {
    long value = Long.parseLong(amount);
    return switch (unit) {
      case "K" -> value / 1024;
      case "G" -> value * 1024;
      default -> value;
    };
  }
}
