package io.recouvra.shared.error;

import java.util.List;

/**
 * One reason a command was refused: the path of the offending input field, a stable code and a
 * message for people. Problems are data, returned to the caller, not exceptions.
 *
 * @param field path of the field in the command's input, e.g. {@code [principal, amount]}
 * @param code the stable code
 * @param message an English sentence naming the field and what is expected
 */
public record Problem(List<String> field, ErrorCode code, String message) {

  public Problem {
    field = List.copyOf(field);
  }

  /** A problem on the field at {@code path}, given as dot-separated names. */
  public static Problem at(String path, ErrorCode code, String message) {
    return new Problem(List.of(path.split("\\.")), code, message);
  }
}
