package io.recouvra.bench;

/** A line on standard error at every tenth of the run, so a long run shows it is alive. */
final class ProgressLine {

  private ProgressLine() {}

  static void maybePrint(int done, int total) {
    int step = Math.max(1, total / 10);
    if (done % step == 0 || done == total) {
      System.err.printf("  %,d / %,d debts registered%n", done, total);
    }
  }
}
