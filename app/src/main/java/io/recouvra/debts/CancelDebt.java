package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;

/**
 * The command to withdraw a debt registered in error or never owed.
 *
 * @param debt the debt
 * @param reason why, for the record
 */
public record CancelDebt(DebtId debt, String reason) {}
