package io.recouvra.bench;

/** A benchmark that cannot be trusted: a refused request, an unexpected answer, a broken input. */
public class BenchmarkFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BenchmarkFailure(String message) {
    super(message);
  }

  public BenchmarkFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
