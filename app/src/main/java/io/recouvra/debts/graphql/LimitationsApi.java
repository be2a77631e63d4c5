package io.recouvra.debts.graphql;

import io.recouvra.debts.EndLimitationEvent;
import io.recouvra.debts.LimitationAlert;
import io.recouvra.debts.LimitationChange;
import io.recouvra.debts.LimitationView;
import io.recouvra.debts.Limitations;
import io.recouvra.debts.RecordLimitationEvent;
import io.recouvra.debts.graphql.LimitationTypes.EndLimitationEventInput;
import io.recouvra.debts.graphql.LimitationTypes.EndLimitationEventPayload;
import io.recouvra.debts.graphql.LimitationTypes.LimitationAlertConnection;
import io.recouvra.debts.graphql.LimitationTypes.LimitationAlertEdge;
import io.recouvra.debts.graphql.LimitationTypes.LimitationAlertType;
import io.recouvra.debts.graphql.LimitationTypes.LimitationEventNode;
import io.recouvra.debts.graphql.LimitationTypes.LimitationType;
import io.recouvra.debts.graphql.LimitationTypes.RecordLimitationEventInput;
import io.recouvra.debts.graphql.LimitationTypes.RecordLimitationEventPayload;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.InvalidArgumentException;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.paging.InvalidCursorException;
import io.recouvra.shared.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** The GraphQL operations of limitation: Debt.limitation, its events, the alerts queue. */
@GraphQLApi
@ApplicationScoped
public class LimitationsApi {
  @Inject Limitations limitations;
  @Inject DebtsGraphQL translate;

  @Description(
      "The debt's limitation: the last day to act, the period and the steps that set it, the"
          + " events and the alert day; null when the law tables hold no period for the debt.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public List<LimitationType> limitation(@Source List<DebtNode> debts) {
    List<DebtId> ids = debts.stream().map(d -> d.view().id()).toList();
    Map<DebtId, LimitationView> byDebt =
        limitations.limitations(translate.tenantCaller(), ids).stream()
            .collect(Collectors.toMap(LimitationView::debt, Function.identity()));
    return ids.stream()
        .map(id -> Optional.ofNullable(byDebt.get(id)).map(LimitationType::new).orElse(null))
        .toList();
  }

  @Mutation("recordLimitationEvent")
  @Description(
      "Records something that happened to an open debt and may move its limitation: an"
          + " acknowledgment, a court claim, an enforcement act, a mediation... Reminders and"
          + " formal notices are kept but never move the date.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull RecordLimitationEventPayload recordLimitationEvent(
      @NonNull @Name("input") @Description("The mutation's input.")
          RecordLimitationEventInput input) {
    Outcome<LimitationChange> recorded =
        GlobalIds.readInput(input.debtId(), DebtNode.TYPE, "debtId", "No debt has this id")
            .map(uuid -> command(new DebtId(uuid), input))
            .flatMap(command -> limitations.record(translate.tenantCaller(), command));
    return new RecordLimitationEventPayload(
        recorded.value().map(LimitationsApi::eventOf).orElse(null),
        limitationOf(recorded),
        UserError.of(recorded.problems()));
  }

  @Mutation("endLimitationEvent")
  @Description(
      "Ends a court claim, a declared claim or a mediation of an open debt, or voids a court"
          + " claim that was withdrawn, lapsed or finally rejected.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER})
  public @NonNull EndLimitationEventPayload endLimitationEvent(
      @NonNull @Name("input") @Description("The mutation's input.") EndLimitationEventInput input) {
    Outcome<LimitationChange> ended =
        GlobalIds.readInput(
                input.eventId(),
                LimitationTypes.EVENT_TYPE,
                "eventId",
                "No limitation event has this id")
            .map(
                uuid ->
                    new EndLimitationEvent(
                        uuid,
                        Optional.ofNullable(input.endedOn()),
                        Boolean.TRUE.equals(input.voided())))
            .flatMap(command -> limitations.end(translate.tenantCaller(), command));
    return new EndLimitationEventPayload(
        ended.value().map(LimitationsApi::eventOf).orElse(null),
        limitationOf(ended),
        UserError.of(ended.problems()));
  }

  @Query("limitationAlerts")
  @Description(
      "The caller's open debts whose last day to act falls within the creditor's alert window"
          + " (limitationAlertDays) from today, held or not, earliest first; at most 100 a page.")
  @Allowed(Role.CREDIT_CONTROLLER)
  public @NonNull LimitationAlertConnection limitationAlerts(
      @Name("first") @DefaultValue("20") @Description("How many alerts, 1 to 100.") Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    Page<LimitationAlert> page;
    try {
      page = limitations.alerts(translate.tenantCaller(), translate.page(first, after));
    } catch (InvalidCursorException e) {
      throw new InvalidArgumentException("after", "pass a pageInfo.endCursor of this list");
    }
    List<LimitationAlertEdge> edges =
        page.entries().stream()
            .map(entry -> new LimitationAlertEdge(alertOf(entry.item()), entry.cursor()))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new LimitationAlertConnection(edges, new PageInfo(page.hasNext(), end));
  }

  private LimitationAlertType alertOf(LimitationAlert alert) {
    return new LimitationAlertType(
        translate.node(alert.debt()),
        alert.lastDayToAct(),
        Math.toIntExact(alert.daysLeft()),
        alert.alertOn(),
        alert.due());
  }

  private static RecordLimitationEvent command(DebtId debt, RecordLimitationEventInput input) {
    return new RecordLimitationEvent(
        debt,
        input.kind(),
        input.on(),
        Optional.ofNullable(input.endedOn()),
        Boolean.TRUE.equals(input.voided()),
        Optional.ofNullable(input.note()));
  }

  private static LimitationType limitationOf(Outcome<LimitationChange> change) {
    return change
        .value()
        .flatMap(LimitationChange::limitation)
        .map(LimitationType::new)
        .orElse(null);
  }

  private static LimitationEventNode eventOf(LimitationChange change) {
    return new LimitationEventNode(
        change.event(), change.limitation().flatMap(l -> l.effectOf(change.event())));
  }
}
