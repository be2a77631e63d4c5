package io.recouvra.debts.law;

import java.time.LocalDate;

/** Where the rate of each day comes from: a penalty rule, legal interest, a fixed rate in tests. */
@FunctionalInterface
public interface DailyRate {

  /**
   * The rate applying on {@code day}.
   *
   * @throws RateUnknownException when the tables do not cover {@code day}
   */
  AppliedRate on(LocalDate day);
}
