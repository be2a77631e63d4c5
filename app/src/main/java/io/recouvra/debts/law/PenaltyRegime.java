package io.recouvra.debts.law;

/** Which late-payment rule applies to a debt between a business creditor and its debtor. */
public enum PenaltyRegime {
  /**
   * Between professionals (Code de commerce L441-10): the ECB rate + {@link
   * RateKind#LATE_PAYMENT_MARGIN} by default, or a contract rate no lower than the floor.
   */
  COMMERCIAL,
  /** A public-sector buyer: the ECB rate + {@link RateKind#PUBLIC_SECTOR_MARGIN} (verify). */
  PUBLIC_PROCUREMENT
}
