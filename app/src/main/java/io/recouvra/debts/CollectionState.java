package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import java.util.List;

/**
 * Whether a debt may be chased today, and if not, why: derived from its status and its holds.
 *
 * @param debt the debt
 * @param open whether the debt is open
 * @param holds the holds that apply today; several may overlap
 */
public record CollectionState(DebtId debt, boolean open, List<HoldView> holds) {

  public CollectionState {
    holds = List.copyOf(holds);
  }

  /** Whether the debtor may be contacted about this debt: open and held by nothing. */
  public boolean mayBeContacted() {
    return open && holds.isEmpty();
  }
}
