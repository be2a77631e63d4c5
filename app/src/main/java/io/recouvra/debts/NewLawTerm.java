package io.recouvra.debts;

import io.recouvra.debts.law.TermKind;

/**
 * A figure of the law that is not a percentage (a factor, an amount in euros, a number of months)
 * to add.
 *
 * @param kind what the figure is; its unit is in the kind's name
 * @param value the figure as a decimal text, e.g. {@code 40}
 * @param row its days and sources
 */
public record NewLawTerm(TermKind kind, String value, NewLawRow row) {}
