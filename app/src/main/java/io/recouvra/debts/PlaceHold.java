package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import java.time.LocalDate;

/**
 * The command to hold a debt's collection, as received; checked by the facade.
 *
 * @param debt the debt
 * @param reason why
 * @param source who places it: {@code api}, or a module and its object
 * @param since the first day; today when absent
 * @param until the last day, when the hold ends by itself
 * @param note why, in words; optional
 */
public record PlaceHold(
    DebtId debt, HoldReason reason, String source, LocalDate since, LocalDate until, String note) {}
