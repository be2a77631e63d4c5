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
  @Description("True when the debt is open and no hold applies today.")
  public boolean isMayBeContacted() {
    return state.mayBeContacted();
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
