package io.recouvra.debts.graphql;

import io.recouvra.debts.AssignOfficer;
import io.recouvra.debts.CreditorView;
import io.recouvra.debts.Creditors;
import io.recouvra.debts.OfficerAssignment;
import io.recouvra.debts.OnboardCreditor;
import io.recouvra.debts.UpdateCreditor;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerAssignment;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerInput;
import io.recouvra.debts.graphql.CreditorTypes.ComplianceOfficerPayload;
import io.recouvra.debts.graphql.CreditorTypes.CreditorConnection;
import io.recouvra.debts.graphql.CreditorTypes.OnboardCreditorInput;
import io.recouvra.debts.graphql.CreditorTypes.OnboardCreditorPayload;
import io.recouvra.debts.graphql.CreditorTypes.UpdateCreditorInput;
import io.recouvra.debts.graphql.CreditorTypes.UpdateCreditorPayload;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Creditors as administrators manage them: onboarding, listing, compliance officers. */
@GraphQLApi
@ApplicationScoped
public class CreditorsApi {
  @Inject Creditors creditors;
  @Inject CreditorsGraphQL translate;

  @Query("creditors")
  @Description(
      "The creditors the caller oversees, by id: every creditor for an administrator, the"
          + " assigned ones for a compliance officer, its own for staff and client apps.")
  @Allowed({Role.ADMIN, Role.COMPLIANCE_OFFICER, Role.CREDIT_CONTROLLER, Role.CLIENT_APP})
  public @NonNull CreditorConnection creditors(
      @Name("first") @DefaultValue("20") @Description("How many creditors, 1 to 100.")
          Integer first,
      @Name("after") @Description("The endCursor of the previous page.") String after) {
    return translate.page(
        first, after, (from, count) -> creditors.page(translate.caller(), from, count));
  }

  @Mutation("onboardCreditor")
  @Description(
      "Onboards a creditor: creates it, its application's credentials and its first credit"
          + " controller's account at the identity provider, all or nothing. The secret and the"
          + " temporary password are shown once. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull OnboardCreditorPayload onboardCreditor(
      @NonNull @Name("input") @Description("The mutation's input.") OnboardCreditorInput input) {
    OnboardCreditor command = translate.onboarding(input);
    return translate.onboarded(creditors.onboard(translate.caller(), command));
  }

  @Mutation("updateCreditor")
  @Description(
      "Corrects a creditor's master data (name, address, bank details, time zone) and its"
          + " limitation alert window. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull UpdateCreditorPayload updateCreditor(
      @NonNull @Name("input") @Description("The mutation's input.") UpdateCreditorInput input) {
    Outcome<UpdateCreditor> command = translate.update(input);
    return translate.updated(command.flatMap(c -> creditors.update(translate.caller(), c)));
  }

  @Mutation("assignComplianceOfficer")
  @Description(
      "Assigns a creditor to a compliance officer, who then oversees it; assigning twice keeps"
          + " the first assignment. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull ComplianceOfficerPayload assignComplianceOfficer(
      @NonNull @Name("input") @Description("The mutation's input.") ComplianceOfficerInput input) {
    Outcome<AssignOfficer> command = translate.officerCommand(input);
    return translate.assignment(
        command.flatMap(c -> creditors.assignOfficer(translate.caller(), c)));
  }

  @Mutation("withdrawComplianceOfficer")
  @Description("Withdraws a creditor from a compliance officer. Administrators only.")
  @Allowed(Role.ADMIN)
  public @NonNull ComplianceOfficerPayload withdrawComplianceOfficer(
      @NonNull @Name("input") @Description("The mutation's input.") ComplianceOfficerInput input) {
    Outcome<AssignOfficer> command = translate.officerCommand(input);
    return translate.assignment(
        command.flatMap(c -> creditors.withdrawOfficer(translate.caller(), c)));
  }

  @Description("The compliance officers assigned to the creditor. Administrators only.")
  @Allowed(Role.ADMIN)
  public List<@NonNull List<@NonNull ComplianceOfficerAssignment>> complianceOfficers(
      @Source List<CreditorNode> creditorNodes) {
    List<CreditorView> views = creditorNodes.stream().map(CreditorNode::view).toList();
    Map<CreditorId, List<OfficerAssignment>> byCreditor =
        creditors
            .officersOf(translate.caller(), views.stream().map(CreditorView::id).toList())
            .stream()
            .collect(Collectors.groupingBy(OfficerAssignment::creditor));
    return views.stream()
        .map(
            view ->
                byCreditor.getOrDefault(view.id(), List.of()).stream()
                    .map(translate::assignmentType)
                    .toList())
        .toList();
  }
}
