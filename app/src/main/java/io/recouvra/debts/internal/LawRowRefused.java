package io.recouvra.debts.internal;

import io.recouvra.shared.error.Problem;
import java.util.List;

/**
 * A new row of a law table found, under the tables' lock, to overlap a stored one: thrown out of
 * the writing transaction so that it rolls back, revision bump included, and turned into the
 * command's refusal by the caller.
 */
final class LawRowRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  LawRowRefused(List<Problem> problems) {
    super("refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  List<Problem> problems() {
    return problems;
  }
}
