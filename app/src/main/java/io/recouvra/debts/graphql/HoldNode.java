package io.recouvra.debts.graphql;

import io.recouvra.debts.HoldReason;
import io.recouvra.debts.HoldView;
import io.recouvra.shared.graphql.GlobalIds;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A hold on a debt's collection, as the API shows it. */
@Type("CollectionHold")
@Description("A hold on a debt's collection: while it applies, nobody chases the debtor for it.")
public class HoldNode {
  static final String TYPE = "CollectionHold";
  private final HoldView hold;

  HoldNode(HoldView hold) {
    this.hold = hold;
  }

  @Id
  @NonNull
  @Description("The hold's opaque global id.")
  public String getId() {
    return GlobalIds.encode(TYPE, hold.id());
  }

  @NonNull
  @Description("Why collection is held.")
  public HoldReason getReason() {
    return hold.reason();
  }

  @NonNull
  @Description(
      "Who placed it: api for holds placed through the API, otherwise the module that placed it;"
          + " only the source lifts it.")
  public String getSource() {
    return hold.source();
  }

  @NonNull
  @Description("The first day it applies.")
  public LocalDate getSince() {
    return hold.since();
  }

  @Description("The last day it applies, when it ends by itself.")
  public LocalDate getUntil() {
    return hold.until().orElse(null);
  }

  @Description("Why, in the words of whoever placed it.")
  public String getNote() {
    return hold.note().orElse(null);
  }

  @NonNull
  @Description("When it was placed.")
  public Instant getPlacedAt() {
    return hold.placedAt();
  }

  @Description("When it was lifted, if it was.")
  public Instant getLiftedAt() {
    return hold.liftedAt().orElse(null);
  }
}
