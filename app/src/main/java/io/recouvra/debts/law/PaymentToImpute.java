package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment to allocate among the debtor's open debts.
 *
 * @param amount the amount received, above zero
 * @param receivedOn the day it was received, which decides which debts are due
 * @param designatedDebtId the debt the debtor said the payment is for, if any (Code civil 1342-10)
 * @param openDebts the debtor's open debts, in the payment's currency
 */
public record PaymentToImpute(
    Money amount,
    LocalDate receivedOn,
    Optional<String> designatedDebtId,
    List<OpenDebt> openDebts) {

  /** Copies the debts and checks the payment. */
  public PaymentToImpute {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(designatedDebtId, "designatedDebtId");
    openDebts = List.copyOf(openDebts);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment is above zero: " + amount);
    }
    if (openDebts.stream().map(OpenDebt::debtId).distinct().count() != openDebts.size()) {
      throw new IllegalArgumentException("each open debt appears once");
    }
  }
}
