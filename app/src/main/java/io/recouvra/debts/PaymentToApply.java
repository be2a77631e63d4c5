package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received from or for a debtor, to allocate among the debtor's open debts by the rules of
 * imputation (Code civil 1342-10, 1343-1; ADR 0011). The payments module records where money comes
 * from and matches it; this is what it hands the ledger.
 *
 * @param debtor the debtor record it is for
 * @param amount what was received; above zero
 * @param receivedOn the day it was received, through which interest and penalties are counted
 * @param designated the debt the debtor said it is for, if any
 * @param reference what identifies the payment; applying the same reference twice changes nothing
 * @param origin who paid and how, which decides whether it interrupts limitation
 */
public record PaymentToApply(
    DebtorId debtor,
    Money amount,
    LocalDate receivedOn,
    Optional<DebtId> designated,
    String reference,
    PaymentOrigin origin) {

  /** Checks that nothing is missing. */
  public PaymentToApply {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(receivedOn, "receivedOn");
    Objects.requireNonNull(designated, "designated");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(origin, "origin");
  }
}
