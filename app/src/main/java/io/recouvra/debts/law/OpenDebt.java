package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One open debt of the debtor, as imputation sees it: what is due per component and what makes
 * paying it more or less pressing for the debtor.
 *
 * @param debtId the debt's identifier, echoed in the allocations
 * @param dueOn the due date; a debt is due on a payment's day when its due date is that day or
 *     earlier; among equals the oldest is the earliest due date
 * @param interest interest due
 * @param penalties late-payment penalties due
 * @param indemnity the recovery indemnity due
 * @param principal principal due
 * @param runningPercent the annual rate of interest or penalties now accruing on the debt, zero
 *     when none: the first measure of the debtor's interest in paying it
 * @param enforceableTitle whether the creditor holds an enforceable title on it, which exposes the
 *     debtor to enforcement: the second measure
 */
public record OpenDebt(
    String debtId,
    LocalDate dueOn,
    Money interest,
    Money penalties,
    Money indemnity,
    Money principal,
    BigDecimal runningPercent,
    boolean enforceableTitle) {

  /** Checks that nothing is missing, nothing is negative and the currencies agree. */
  public OpenDebt {
    Objects.requireNonNull(debtId, "debtId");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(runningPercent, "runningPercent");
    for (Money part : new Money[] {interest, penalties, indemnity, principal}) {
      Objects.requireNonNull(part, "a component");
      Money.requireSameCurrency(principal, part);
      if (part.isNegative()) {
        throw new IllegalArgumentException("a component due is not negative: " + part);
      }
    }
  }

  /** What is due on {@code component}. */
  public Money due(DebtComponent component) {
    return switch (component) {
      case INTEREST -> interest;
      case PENALTIES -> penalties;
      case INDEMNITY -> indemnity;
      case PRINCIPAL -> principal;
    };
  }

  /** Everything due on the debt. */
  public Money totalDue() {
    return interest.plus(penalties).plus(indemnity).plus(principal);
  }

  /** Whether the debt is due on {@code day}. */
  public boolean isDueOn(LocalDate day) {
    return !dueOn.isAfter(day);
  }
}
