package io.recouvra.it.support;

import java.util.ArrayList;
import java.util.List;

/** A unified-diff-like rendering of the differences between two texts, line by line. */
public final class LineDiff {

  private static final int CONTEXT = 3;

  private LineDiff() {}

  /** The differing lines with a little context; empty when the texts are equal. */
  public static String between(
      String expectedName, String expected, String actualName, String actual) {
    List<String> a = List.of(expected.split("\n", -1));
    List<String> b = List.of(actual.split("\n", -1));
    List<String> script = editScript(a, b);
    if (script.stream().allMatch(line -> line.startsWith(" "))) {
      return "";
    }
    StringBuilder diff = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
    int lastPrinted = -1;
    for (int i = 0; i < script.size(); i++) {
      if (nearAChange(script, i)) {
        if (lastPrinted >= 0 && i > lastPrinted + 1) {
          diff.append("@@ ... @@\n");
        }
        diff.append(script.get(i)).append('\n');
        lastPrinted = i;
      }
    }
    return diff.toString();
  }

  private static boolean nearAChange(List<String> script, int index) {
    int from = Math.max(0, index - CONTEXT);
    int to = Math.min(script.size() - 1, index + CONTEXT);
    for (int i = from; i <= to; i++) {
      if (!script.get(i).startsWith(" ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines prefixed with ' ' (both), '-' (only expected) or '+' (only actual), by longest common
   * subsequence.
   */
  private static List<String> editScript(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> script = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        script.add(" " + a.get(i++));
        j++;
      } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
        script.add("+" + b.get(j++));
      } else {
        script.add("-" + a.get(i++));
      }
    }
    return script;
  }
}
