package io.recouvra.debts.internal;

import io.recouvra.debts.law.DebtComponent;
import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A ledger entry as the ledger's arithmetic sees it.
 *
 * @param kind what it records
 * @param component the part of the debt it charges or reduces
 * @param amount positive for a charge, negative for a reduction
 * @param bookedOn the business day it counts from
 */
record Posting(LedgerEntryKind kind, DebtComponent component, Money amount, LocalDate bookedOn) {

  Posting {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bookedOn, "bookedOn");
  }

  boolean reduces() {
    return kind.effect() != LedgerEntryKind.Effect.CHARGE;
  }
}
