package io.recouvra.debts.law;

import java.util.Objects;

/**
 * All the law data the rules read, loaded together.
 *
 * @param rates the dated percentages
 * @param terms the dated factors, amounts and delays
 * @param periods the dated limitation periods
 */
public record LawTables(RateTable rates, TermTable terms, LimitationPeriodTable periods) {

  /** Checks that nothing is missing. */
  public LawTables {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(periods, "periods");
  }
}
