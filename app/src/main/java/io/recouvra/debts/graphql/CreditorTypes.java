package io.recouvra.debts.graphql;

import io.recouvra.debts.OfficerAssignment;
import io.recouvra.debts.graphql.Inputs.CreateCreditorInput;
import io.recouvra.debts.graphql.Inputs.PostalAddressInput;
import io.recouvra.shared.accounts.ClientApp;
import io.recouvra.shared.accounts.StaffAccount;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.UserError;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The inputs, payloads and types of creditor onboarding and officer assignments. */
public final class CreditorTypes {
  private CreditorTypes() {}

  @Input("OnboardCreditorInput")
  @Description("A creditor to onboard, with its application and its first credit controller.")
  public record OnboardCreditorInput(
      @NonNull @Description("The creditor's master data.") CreateCreditorInput creditor,
      @NonNull
          @Description(
              "The client id its application will authenticate with: 3 to 40 lower-case letters,"
                  + " digits or hyphens, unique at the identity provider.")
          String clientId,
      @NonNull @Description("The first member of its collection staff.")
          StaffMemberInput firstStaff) {}

  @Input("UpdateCreditorInput")
  @Description(
      "Corrections to a creditor's master data; absent fields stay as they are. The SIREN and"
          + " whether it is a natural person cannot change: another legal person is another"
          + " creditor.")
  public record UpdateCreditorInput(
      @Id @NonNull @Description("The creditor's id.") String id,
      @Description("The new legal name.") String legalName,
      @Description("The new postal address.") PostalAddressInput address,
      @Description("The new IBAN debtors pay into.") String iban,
      @Description("The BIC of that account; an empty string removes it.") String bic,
      @Description("The SEPA creditor identifier; an empty string removes it.")
          String sepaCreditorIdentifier,
      @Description("The IANA time zone of its business dates, e.g. Europe/Paris.") String timeZone,
      @Description(
              "How many days before a debt's last day to act it enters the limitation alerts"
                  + " queue; 1 to 365.")
          Integer limitationAlertDays) {}

  @Type("UpdateCreditorPayload")
  @Description("The corrected creditor, or the reasons it was refused.")
  public record UpdateCreditorPayload(
      @Description("The creditor as corrected.") CreditorNode creditor,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Input("StaffMemberInput")
  @Description("A member of a creditor's staff, who signs in with their e-mail address.")
  public record StaffMemberInput(
      @NonNull @Description("Their e-mail address, also the name they sign in with.") String email,
      @NonNull @Description("Their first name; 1 to 100 characters.") String firstName,
      @NonNull @Description("Their last name; 1 to 100 characters.") String lastName) {}

  @Type("ClientAppCredentials")
  @Description(
      "What a creditor's application authenticates with (client credentials grant). Shown once:"
          + " Recouvra keeps no copy of the secret.")
  public record ClientAppCredentials(
      @NonNull @Description("The client id.") String clientId,
      @NonNull @Description("The client secret.") String clientSecret) {

    static ClientAppCredentials of(ClientApp app) {
      return new ClientAppCredentials(app.clientId(), app.secret());
    }
  }

  @Type("StaffAccountCredentials")
  @Description(
      "A new staff account's first sign-in. Shown once: the password is temporary and must be"
          + " replaced at the first sign-in.")
  public record StaffAccountCredentials(
      @NonNull @Description("The name to sign in with (the e-mail address).") String username,
      @NonNull @Description("The temporary password.") String temporaryPassword) {

    static StaffAccountCredentials of(StaffAccount account) {
      return new StaffAccountCredentials(account.username(), account.temporaryPassword());
    }
  }

  @Type("OnboardCreditorPayload")
  @Description("The onboarded creditor and the credentials to hand over, or the refusal.")
  public record OnboardCreditorPayload(
      @Description("The new creditor.") CreditorNode creditor,
      @Description("Its application's credentials.") ClientAppCredentials clientApp,
      @Description("Its first credit controller's sign-in.") StaffAccountCredentials firstStaff,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Input("ComplianceOfficerInput")
  @Description("A creditor and a compliance officer, to assign or withdraw.")
  public record ComplianceOfficerInput(
      @Id @NonNull @Description("The creditor's id.") String creditorId,
      @NonNull
          @Description(
              "The name the officer signs in with; their account id once the account is gone.")
          String officer) {}

  @Type("ComplianceOfficerAssignment")
  @Description("A creditor assigned to a compliance officer, who oversees its collection.")
  public record ComplianceOfficerAssignment(
      @Description("The name the officer signs in with; absent once the account is gone.")
          String officer,
      @NonNull @Description("The officer's account id at the identity provider.")
          String officerAccountId,
      @NonNull @Description("When an administrator assigned it.") Instant since,
      @NonNull @Description("The account id of that administrator.") String assignedBy) {

    static ComplianceOfficerAssignment of(OfficerAssignment assignment, String username) {
      return new ComplianceOfficerAssignment(
          username, assignment.officer(), assignment.since(), assignment.by());
    }
  }

  @Type("ComplianceOfficerPayload")
  @Description("The assignment assigned or withdrawn, or the refusal.")
  public record ComplianceOfficerPayload(
      @Description("The assignment.") ComplianceOfficerAssignment assignment,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Type("CreditorConnection")
  @Description("A page of creditors; ask for the next with after: pageInfo.endCursor.")
  public record CreditorConnection(
      @NonNull @Description("The creditors of the page, each with its cursor.")
          List<@NonNull CreditorEdge> edges,
      @NonNull @Description("Where the page stands.") PageInfo pageInfo) {}

  @Type("CreditorEdge")
  @Description("A creditor in a page, with the cursor that resumes the list after it.")
  public record CreditorEdge(
      @NonNull @Description("The creditor.") CreditorNode node,
      @NonNull @Description("The cursor to pass as after to resume after this creditor.")
          String cursor) {}
}
