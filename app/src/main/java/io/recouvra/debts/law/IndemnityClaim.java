package io.recouvra.debts.law;

import io.recouvra.debts.DebtorType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts that decide whether the fixed recovery indemnity is owed on one invoice.
 *
 * @param creditorProfessional whether the creditor acts for its trade
 * @param debtorType the debtor's type; {@link DebtorType#PROFESSIONAL} and {@link
 *     DebtorType#PUBLIC_ENTITY} (public procurement, verify) owe it
 * @param dueOn the invoice's due date
 * @param paidOrAsOf the day it was paid, or the day of the statement when still unpaid
 * @param collectiveProceedingBars whether a collective proceeding bars paying the claim
 */
public record IndemnityClaim(
    boolean creditorProfessional,
    DebtorType debtorType,
    LocalDate dueOn,
    LocalDate paidOrAsOf,
    boolean collectiveProceedingBars) {

  /** Checks that nothing is missing. */
  public IndemnityClaim {
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(paidOrAsOf, "paidOrAsOf");
  }
}
