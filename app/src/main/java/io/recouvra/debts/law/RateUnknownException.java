package io.recouvra.debts.law;

import java.time.LocalDate;

/**
 * No row of a law table covers the day asked for: a rate that is not published yet or was never
 * entered. Raised instead of assuming zero, so the figure is never silently wrong; an administrator
 * adds the row and the computation is run again.
 */
public final class RateUnknownException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Object kind;
  private final LocalDate day;

  /** A table has no row of {@code kind} for {@code day}. */
  public RateUnknownException(Object kind, LocalDate day) {
    super("no " + kind + " is known for " + day + ": add the row to the law tables");
    this.kind = kind;
    this.day = day;
  }

  /** The kind of figure that is missing (a {@link RateKind}, {@link TermKind} or period). */
  public Object kind() {
    return kind;
  }

  /** The day it was needed for. */
  public LocalDate day() {
    return day;
  }
}
