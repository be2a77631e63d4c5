package io.recouvra.debts.law;

/**
 * The creditor's category, which picks the column of the legal interest rate (domain-rules.md
 * section 4): the column follows the creditor, not the debtor.
 */
public enum CreditorCategory {
  /** A natural person acting outside any trade: the first, higher column. */
  NATURAL_PERSON_OUTSIDE_TRADE,
  /** Every other creditor, every business among them, even against a consumer. */
  OTHER;

  /** The rate kind of this category's column. */
  public RateKind legalInterestKind() {
    return this == NATURAL_PERSON_OUTSIDE_TRADE
        ? RateKind.LEGAL_INTEREST_NATURAL_PERSON_CREDITOR
        : RateKind.LEGAL_INTEREST_OTHER_CREDITOR;
  }
}
