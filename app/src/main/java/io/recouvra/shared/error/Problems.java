package io.recouvra.shared.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one command's input while it is checked, so the caller learns every
 * problem at once rather than one per attempt.
 */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  public void add(String path, ErrorCode code, String message) {
    found.add(Problem.at(path, code, message));
  }

  /** Records a problem when the text is missing, blank or longer than {@code max}. */
  public void requireText(String path, String value, int max) {
    if (value == null || value.isBlank()) {
      add(path, ErrorCode.REQUIRED, path + " is required");
    } else {
      limitLength(path, value, max);
    }
  }

  /** Records a problem when an optional text is longer than {@code max}. */
  public void limitLength(String path, String value, int max) {
    if (value != null && value.length() > max) {
      add(path, ErrorCode.TOO_LONG, path + " must be at most " + max + " characters");
    }
  }

  /** Records a problem when a required value is missing. */
  public void requirePresent(String path, Object value) {
    if (value == null) {
      add(path, ErrorCode.REQUIRED, path + " is required");
    }
  }

  public void addAll(List<Problem> problems) {
    found.addAll(problems);
  }

  public boolean any() {
    return !found.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(found);
  }
}
