package io.recouvra.debts.law;

/** The dated figures of the law that are not percentages: factors, fixed amounts, delays. */
public enum TermKind {
  /**
   * How many times the legal interest rate ("all other cases") a contract penalty rate must at
   * least be (Code de commerce L441-10): 3.
   */
  CONTRACT_RATE_FLOOR_FACTOR,
  /** The fixed recovery indemnity per invoice paid late, in euros (Code de commerce D441-5): 40. */
  RECOVERY_INDEMNITY_EUR,
  /** The fixed recovery indemnity owed by a public-sector buyer, in euros: 40 (verify). */
  PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR,
  /**
   * Months after a judgment becomes enforceable at the end of which the legal rate rises (Code
   * monétaire et financier L313-3): 2.
   */
  JUDGMENT_SURCHARGE_DELAY_MONTHS
}
