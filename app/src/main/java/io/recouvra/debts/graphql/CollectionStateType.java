package io.recouvra.debts.graphql;

import io.recouvra.debts.CollectionState;
import io.recouvra.debts.HoldReason;
import io.recouvra.debts.HoldView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Whether a debt may be chased today, as the API shows it. */
@Type("CollectionState")
@Description("Whether the debtor may be contacted about a debt today, and if not, why.")
public class CollectionStateType {
  private final CollectionState state;

  CollectionStateType(CollectionState state) {
    this.state = state;
  }

  @NonNull
  @Description("True when the debt is open, not limited, and no hold applies today.")
  public boolean isMayBeContacted() {
    return state.mayBeContacted();
  }

  @NonNull
  @Description(
      "True once the debt's last day to act has passed: it may no longer be chased. It stays"
          + " open until someone closes it, as a late-recorded event may move the day back.")
  public boolean isLimited() {
    return state.limited();
  }

  @NonNull
  @Description("The reasons of the holds that apply today, one per hold; empty when none.")
  public List<@NonNull HoldReason> getHeldFor() {
    return state.holds().stream().map(HoldView::reason).toList();
  }

  @NonNull
  @Description("The holds that apply today.")
  public List<@NonNull HoldNode> getHolds() {
    return state.holds().stream().map(HoldNode::new).toList();
  }
}
