package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The command to correct an open debt's description or dates; absent values stay as they are.
 * Amounts are not corrected here: a wrong amount is credited or the debt cancelled.
 *
 * @param debt the debt
 * @param description the new description
 * @param issuedOn the new issue date
 * @param dueOn the new due date
 * @param exigibleOn the new exigibility date
 */
public record UpdateDebt(
    DebtId debt,
    Optional<String> description,
    Optional<LocalDate> issuedOn,
    Optional<LocalDate> dueOn,
    Optional<LocalDate> exigibleOn) {}
