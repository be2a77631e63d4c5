package io.recouvra.debts.graphql;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One change of a debt's status, as the API shows it. */
@Type("DebtStatusChange")
@Description("One change of a debt's status.")
public class StatusChangeType {
  private final DebtView.StatusChange change;

  StatusChangeType(DebtView.StatusChange change) {
    this.change = change;
  }

  @NonNull
  @Description("The status the debt changed to.")
  public DebtStatus getStatus() {
    return change.status();
  }

  @Description("The closure reason, when the debt closed.")
  public ClosureReason getReason() {
    return change.reason().orElse(null);
  }

  @NonNull
  @Description("When the change was made.")
  public Instant getAt() {
    return change.at();
  }

  @NonNull
  @Description("Who made the change: the account's id, or system.")
  public String getBy() {
    return change.by();
  }

  @Description("Why, in the words of whoever made the change.")
  public String getNote() {
    return change.note().orElse(null);
  }
}
