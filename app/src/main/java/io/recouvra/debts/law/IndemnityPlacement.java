package io.recouvra.debts.law;

import java.util.List;

/**
 * Where the fixed recovery indemnity comes when a payment is allocated within a debt: the law does
 * not say (domain-rules.md section 4), so it is a setting; interest and penalties always come
 * before principal (Code civil 1343-1).
 */
public enum IndemnityPlacement {
  /** After interest and penalties, before principal: the default. */
  AFTER_INTEREST(
      List.of(
          DebtComponent.INTEREST,
          DebtComponent.PENALTIES,
          DebtComponent.INDEMNITY,
          DebtComponent.PRINCIPAL)),
  /** Last, after principal. */
  AFTER_PRINCIPAL(
      List.of(
          DebtComponent.INTEREST,
          DebtComponent.PENALTIES,
          DebtComponent.PRINCIPAL,
          DebtComponent.INDEMNITY));

  private final List<DebtComponent> order;

  IndemnityPlacement(List<DebtComponent> order) {
    this.order = order;
  }

  /** The components of a debt in the order a payment settles them. */
  public List<DebtComponent> order() {
    return order;
  }
}
