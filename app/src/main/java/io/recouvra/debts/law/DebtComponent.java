package io.recouvra.debts.law;

import org.eclipse.microprofile.graphql.Description;

/** The parts of what a debt's debtor owes, as payments are allocated to them. */
@Description("A part of what a debt's debtor owes.")
public enum DebtComponent {
  /** Interest (legal or contractual). */
  @Description("Legal interest, running from the receipt of a formal notice.")
  INTEREST,
  /** Late-payment penalties, which count as interest for imputation (Code civil 1343-1). */
  @Description("Late-payment penalties between professionals (Code de commerce L441-10).")
  PENALTIES,
  /** The fixed recovery indemnity. */
  @Description("The fixed recovery indemnity of 40 EUR per invoice paid late (D441-5).")
  INDEMNITY,
  /** The principal. */
  @Description("The principal, including VAT.")
  PRINCIPAL
}
