package io.recouvra.debts.internal;

/** What a ledger entry records; charges are positive, everything that reduces the debt negative. */
enum LedgerEntryKind {
  /** The principal, including VAT, charged at registration. */
  PRINCIPAL,
  /** The balance credited back when a debt is cancelled. */
  CANCELLATION
}
