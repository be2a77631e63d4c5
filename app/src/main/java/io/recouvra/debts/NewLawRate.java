package io.recouvra.debts;

import io.recouvra.debts.law.RateKind;

/**
 * A percentage of the law to add, e.g. the ECB rate of a half-year.
 *
 * @param kind what the percentage is
 * @param percent the rate in percent per year as a decimal text, e.g. {@code 2.15}
 * @param row its days and sources
 */
public record NewLawRate(RateKind kind, String percent, NewLawRow row) {}
