package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;

/**
 * What a credit controller does to a debt's ledger, as received: the facade checks every value and
 * reports problems by these components' names. Amounts are decimal strings with their currency,
 * which must be the debt's.
 */
public sealed interface LedgerCommand {

  /** The debt the command changes. */
  DebtId debt();

  /** Why, in the controller's words; required, at most 500 characters. */
  String reason();

  /**
   * A credit note on the invoice: lowers the principal by {@code amount}, at most what remains of
   * it. Closes the debt as cancelled when nothing remains due.
   *
   * @param debt the debt
   * @param amount the amount credited
   * @param currency its ISO 4217 code
   * @param reason why
   */
  record IssueCreditNote(DebtId debt, String amount, String currency, String reason)
      implements LedgerCommand {}

  /**
   * A settlement: the creditor accepts {@code amount}, less than what is due today, in full and
   * final payment; the rest is waived (interest and penalties first) and nothing accrues any more.
   * The debt closes as settled once the amount is paid.
   *
   * @param debt the debt
   * @param amount what the debtor will still pay; above zero and below what is due
   * @param currency its ISO 4217 code
   * @param reason why
   */
  record SettleDebt(DebtId debt, String amount, String currency, String reason)
      implements LedgerCommand {}

  /**
   * A write-off: everything still due is written off and the debt closes as written off.
   *
   * @param debt the debt
   * @param reason why
   */
  record WriteOffDebt(DebtId debt, String reason) implements LedgerCommand {}
}
