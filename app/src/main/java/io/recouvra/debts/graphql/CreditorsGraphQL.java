package io.recouvra.debts.graphql;

import io.recouvra.debts.AssignOfficer;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.Creditors;
import io.recouvra.debts.OfficerAssignment;
import io.recouvra.debts.OnboardCreditor;
import io.recouvra.debts.Onboarding;
import io.recouvra.debts.UpdateCreditor;
import io.recouvra.debts.graphql.CreditorTypes.ClientAppCredentials;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerAssignment;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerInput;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerPayload;
import io.recouvra.debts.graphql.CreditorTypes.CreditorConnection;
import io.recouvra.debts.graphql.CreditorTypes.CreditorEdge;
import io.recouvra.debts.graphql.CreditorTypes.OnboardCreditorInput;
import io.recouvra.debts.graphql.CreditorTypes.OnboardCreditorPayload;
import io.recouvra.debts.graphql.CreditorTypes.StaffAccountCredentials;
import io.recouvra.debts.graphql.CreditorTypes.StaffMemberInput;
import io.recouvra.debts.graphql.CreditorTypes.UpdateCreditorInput;
import io.recouvra.debts.graphql.CreditorTypes.UpdateCreditorPayload;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.InvalidArgumentException;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.PageSize;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Translates between the creditors API's GraphQL types and the facade's commands and views. */
@ApplicationScoped
class CreditorsGraphQL {
  @Inject CurrentCaller currentCaller;
  @Inject Creditors creditors;

  Caller caller() {
    return currentCaller.get();
  }

  OnboardCreditor onboarding(OnboardCreditorInput input) {
    StaffMemberInput staff = input.firstStaff();
    return new OnboardCreditor(
        input.creditor() == null ? null : DebtsGraphQL.newCreditor(input.creditor()),
        input.clientId(),
        staff == null
            ? null
            : new OnboardCreditor.FirstStaff(staff.email(), staff.firstName(), staff.lastName()));
  }

  OnboardCreditorPayload onboarded(Outcome<Onboarding> outcome) {
    return outcome
        .value()
        .map(
            done ->
                new OnboardCreditorPayload(
                    new CreditorNode(done.creditor()),
                    ClientAppCredentials.of(done.clientApp()),
                    StaffAccountCredentials.of(done.firstStaff()),
                    List.of()))
        .orElseGet(
            () -> new OnboardCreditorPayload(null, null, null, UserError.of(outcome.problems())));
  }

  /** The correction, or why its id names no creditor. */
  Outcome<UpdateCreditor> update(UpdateCreditorInput input) {
    return GlobalIds.readInput(input.id(), CreditorNode.TYPE, "id", "id names no creditor")
        .map(
            uuid ->
                new UpdateCreditor(
                    new CreditorId(uuid),
                    Optional.ofNullable(input.legalName()),
                    Optional.ofNullable(DebtsGraphQL.address(input.address())),
                    Optional.ofNullable(input.iban()),
                    Optional.ofNullable(input.bic()),
                    Optional.ofNullable(input.sepaCreditorIdentifier()),
                    Optional.ofNullable(input.timeZone()),
                    Optional.ofNullable(input.limitationAlertDays())));
  }

  UpdateCreditorPayload updated(Outcome<CreditorView> outcome) {
    return new UpdateCreditorPayload(
        outcome.value().map(CreditorNode::new).orElse(null), UserError.of(outcome.problems()));
  }

  /** The command, or why its creditor id names no creditor. */
  Outcome<AssignOfficer> officerCommand(ComplianceOfficerInput input) {
    return GlobalIds.readInput(
            input.creditorId(), CreditorNode.TYPE, "creditorId", "creditorId names no creditor")
        .map(uuid -> new AssignOfficer(new CreditorId(uuid), input.officer()));
  }

  ComplianceOfficerPayload assignment(Outcome<OfficerAssignment> outcome) {
    return new ComplianceOfficerPayload(
        outcome.value().map(this::assignmentType).orElse(null), UserError.of(outcome.problems()));
  }

  ComplianceOfficerAssignment assignmentType(OfficerAssignment assignment) {
    return ComplianceOfficerAssignment.of(
        assignment, creditors.officerUsername(assignment).orElse(null));
  }

  /** A page of creditors read by {@code read} (after which id, how many). */
  CreditorConnection page(
      Integer first,
      String after,
      BiFunction<Optional<CreditorId>, Integer, List<CreditorView>> read) {
    int size = PageSize.of(first);
    Optional<CreditorId> from = Optional.ofNullable(after).map(CreditorsGraphQL::cursorId);
    List<CreditorView> found = read.apply(from, size + 1);
    List<CreditorEdge> edges =
        found.stream()
            .limit(size)
            .map(c -> new CreditorEdge(new CreditorNode(c), cursorOf(c)))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new CreditorConnection(edges, new PageInfo(found.size() > size, end));
  }

  private static String cursorOf(CreditorView creditor) {
    return GlobalIds.encode(CreditorNode.TYPE, creditor.id().value());
  }

  private static CreditorId cursorId(String cursor) {
    return GlobalIds.read(cursor, CreditorNode.TYPE, "after")
        .map(CreditorId::new)
        .orElseThrow(
            () -> new InvalidArgumentException("after", "pass a pageInfo.endCursor of this list"));
  }
}
