package io.recouvra.debts;

import io.recouvra.shared.id.DebtId;
import java.util.List;

/**
 * Whether a debt may be chased today, and if not, why: derived from its status, its limitation and
 * its holds.
 *
 * @param debt the debt
 * @param open whether the debt is open
 * @param limited whether its last day to act has passed: it may no longer be chased, though it
 *     stays open until someone closes it (ADR 0014)
 * @param holds the holds that apply today; several may overlap
 */
public record CollectionState(DebtId debt, boolean open, boolean limited, List<HoldView> holds) {

  public CollectionState {
    holds = List.copyOf(holds);
  }

  /** Whether the debtor may be contacted about this debt: open, not limited, held by nothing. */
  public boolean mayBeContacted() {
    return open && !limited && holds.isEmpty();
  }
}
