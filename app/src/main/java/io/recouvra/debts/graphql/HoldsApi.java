package io.recouvra.debts.graphql;

import io.recouvra.debts.CollectionState;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.HoldReason;
import io.recouvra.debts.HoldView;
import io.recouvra.debts.Holds;
import io.recouvra.debts.LiftHold;
import io.recouvra.debts.PlaceHold;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.DebtId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL operations on collection holds. */
@GraphQLApi
@ApplicationScoped
public class HoldsApi {
  @Inject Holds holds;
  @Inject DebtsGraphQL translate;

  /** Placing a hold. */
  @Input("PlaceHoldInput")
  @Description("A hold to place on a debt's collection.")
  public record PlaceHoldInput(
      @Id @NonNull @Description("The debt to hold.") String debtId,
      @NonNull @Description("Why.") HoldReason reason,
      @Description("The first day it applies; today when absent.") LocalDate since,
      @Description("The last day it applies, when it should end by itself.") LocalDate until,
      @Description("Why, in words; at most 500 characters.") String note) {}

  /** Lifting a hold. */
  @Input("LiftHoldInput")
  @Description("A hold to lift.")
  public record LiftHoldInput(
      @Id @NonNull @Description("The hold to lift.") String holdId,
      @Description("Why, in words; at most 500 characters.") String note) {}

  /** What placeHold returns. */
  @Type("PlaceHoldPayload")
  @Description("The hold placed, or why it was refused.")
  public record PlaceHoldPayload(
      @Description("The hold.") HoldNode hold,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** What liftHold returns. */
  @Type("LiftHoldPayload")
  @Description("The hold lifted, or why it was refused.")
  public record LiftHoldPayload(
      @Description("The hold, now lifted.") HoldNode hold,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Mutation("placeHold")
  @Description(
      "Holds a debt's collection: no reminder goes out while any hold applies. Holds placed here"
          + " have source api and are lifted with liftHold.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull PlaceHoldPayload placeHold(
      @NonNull @Name("input") @Description("The mutation's input.") PlaceHoldInput input) {
    Outcome<HoldNode> placed =
        debtOf(input.debtId())
            .flatMap(
                debt ->
                    holds.place(
                        translate.tenantCaller(),
                        new PlaceHold(
                            debt,
                            input.reason(),
                            Holds.API_SOURCE,
                            input.since(),
                            input.until(),
                            input.note())))
            .map(HoldNode::new);
    return new PlaceHoldPayload(placed.value().orElse(null), UserError.of(placed.problems()));
  }

  @Mutation("liftHold")
  @Description(
      "Lifts a hold placed through the API; collection resumes only when no other hold applies.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull LiftHoldPayload liftHold(
      @NonNull @Name("input") @Description("The mutation's input.") LiftHoldInput input) {
    Outcome<HoldNode> lifted =
        holdOf(input.holdId())
            .flatMap(
                hold ->
                    holds.lift(
                        translate.tenantCaller(),
                        new LiftHold(hold, Holds.API_SOURCE, input.note())))
            .map(HoldNode::new);
    return new LiftHoldPayload(lifted.value().orElse(null), UserError.of(lifted.problems()));
  }

  @Description("Every hold placed on the debt, lifted ones included, oldest first.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public List<@NonNull List<@NonNull HoldNode>> holds(@Source List<DebtNode> debts) {
    List<DebtId> ids = debts.stream().map(d -> d.view().id()).toList();
    Map<DebtId, List<HoldView>> byDebt =
        holds.holds(translate.tenantCaller(), ids).stream()
            .collect(Collectors.groupingBy(HoldView::debt));
    return ids.stream()
        .map(id -> byDebt.getOrDefault(id, List.of()).stream().map(HoldNode::new).toList())
        .toList();
  }

  @Description("Whether the debtor may be contacted about the debt today, and if not, why.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public List<@NonNull CollectionStateType> collection(@Source List<DebtNode> debts) {
    List<DebtId> ids = debts.stream().map(DebtNode::view).map(DebtView::id).toList();
    Map<DebtId, CollectionState> byDebt =
        holds.states(translate.tenantCaller(), ids).stream()
            .collect(Collectors.toMap(CollectionState::debt, Function.identity()));
    return ids.stream().map(id -> new CollectionStateType(byDebt.get(id))).toList();
  }

  private static Outcome<DebtId> debtOf(String id) {
    return GlobalIds.readInput(id, DebtNode.TYPE, "debtId", "No debt has this id").map(DebtId::new);
  }

  private static Outcome<UUID> holdOf(String id) {
    return GlobalIds.readInput(id, HoldNode.TYPE, "holdId", "No hold has this id");
  }
}
