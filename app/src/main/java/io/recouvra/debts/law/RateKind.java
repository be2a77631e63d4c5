package io.recouvra.debts.law;

/** The dated percentages the law rules read (domain-rules.md section 4). */
public enum RateKind {
  /**
   * Legal interest rate when the creditor is a natural person acting outside any trade (Code
   * monétaire et financier L313-2, by arrêté each half-year).
   */
  LEGAL_INTEREST_NATURAL_PERSON_CREDITOR,
  /** Legal interest rate in all other cases: every business creditor, whoever the debtor. */
  LEGAL_INTEREST_OTHER_CREDITOR,
  /**
   * The ECB main refinancing rate in force on 1 January (row for January to June) or on 1 July (row
   * for July to December), as Code de commerce L441-10 reads it.
   */
  ECB_MAIN_REFINANCING,
  /** Points added to the ECB rate for penalties between professionals (L441-10): 10. */
  LATE_PAYMENT_MARGIN,
  /** Points added to the ECB rate for late payment by a public-sector buyer: 8 (verify). */
  PUBLIC_SECTOR_MARGIN,
  /**
   * Points added to the legal interest rate two months after a judgment becomes enforceable (Code
   * monétaire et financier L313-3): 5.
   */
  JUDGMENT_SURCHARGE
}
