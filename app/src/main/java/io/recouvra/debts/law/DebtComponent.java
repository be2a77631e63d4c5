package io.recouvra.debts.law;

/** The parts of what a debt's debtor owes, as payments are allocated to them. */
public enum DebtComponent {
  /** Interest (legal or contractual). */
  INTEREST,
  /** Late-payment penalties, which count as interest for imputation (Code civil 1343-1). */
  PENALTIES,
  /** The fixed recovery indemnity. */
  INDEMNITY,
  /** The principal. */
  PRINCIPAL
}
