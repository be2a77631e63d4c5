package io.recouvra.debts.internal;

/**
 * What a ledger entry records. Charges are positive; everything that reduces a debt is negative.
 * The kinds that may add to a debtor's balance are exactly those the amicable phase allows
 * (domain-rules.md section 4): the principal, interest, late-payment penalties and the fixed
 * recovery indemnity. There is no collection fee among them, and there must never be one (CPCE
 * L111-8).
 */
enum LedgerEntryKind {
  /** The principal, including VAT, charged at registration. */
  PRINCIPAL(Effect.CHARGE),
  /**
   * Interest or penalties counted so far, written when the ledger is brought up to a day (before a
   * payment, a credit, a settlement or a write-off); negative when a later entry, booked on an
   * earlier day, lowered what had been counted.
   */
  ACCRUAL(Effect.CHARGE),
  /** The fixed recovery indemnity, written once owed, with the other accruals. */
  INDEMNITY(Effect.CHARGE),
  /** Part of a payment applied to one part of the debt. */
  PAYMENT(Effect.PAID),
  /** A credit note on the invoice: lowers the principal. */
  CREDIT_NOTE(Effect.CREDITED),
  /** The balance credited back when a debt is cancelled. */
  CANCELLATION(Effect.CREDITED),
  /** What the creditor waived in a settlement. */
  SETTLEMENT(Effect.SETTLED),
  /** What the creditor wrote off. */
  WRITE_OFF(Effect.WRITTEN_OFF);

  /** Which column of an itemised balance an entry of this kind falls in. */
  enum Effect {
    CHARGE,
    PAID,
    CREDITED,
    SETTLED,
    WRITTEN_OFF
  }

  private final Effect effect;

  LedgerEntryKind(Effect effect) {
    this.effect = effect;
  }

  Effect effect() {
    return effect;
  }
}
