package io.recouvra.shared.error;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command returns: its result, or the problems that made it refuse. A refused command has
 * changed nothing.
 *
 * @param <T> the result's type
 */
public final class Outcome<T> {
  private final T value;
  private final List<Problem> problems;

  private Outcome(T value, List<Problem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /** A command that succeeded. */
  public static <T> Outcome<T> done(T value) {
    return new Outcome<>(value, List.of());
  }

  /** A command refused for one or more problems. */
  public static <T> Outcome<T> refused(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one problem");
    }
    return new Outcome<>(null, problems);
  }

  /** A command refused for one problem. */
  public static <T> Outcome<T> refused(Problem problem) {
    return refused(List.of(problem));
  }

  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  public List<Problem> problems() {
    return problems;
  }

  public boolean isDone() {
    return problems.isEmpty();
  }

  /** The outcome of {@code next} applied to this result, or this refusal. */
  public <R> Outcome<R> flatMap(Function<T, Outcome<R>> next) {
    return isDone() ? next.apply(value) : refused(problems);
  }

  /** The same outcome with its result transformed. */
  public <R> Outcome<R> map(Function<T, R> mapper) {
    return isDone() ? done(mapper.apply(value)) : refused(problems);
  }
}
