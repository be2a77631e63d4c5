package io.recouvra.debts.graphql;

import io.recouvra.debts.ClaimFile;
import io.recouvra.debts.Debts;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.graphql.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** Debtors claiming their files, and what they see of them. */
@GraphQLApi
@ApplicationScoped
public class ClaimsApi {
  @Inject Debts debts;
  @Inject DebtsGraphQL translate;

  /** Claiming a file. */
  @Input("ClaimFileInput")
  @Description("The reference and access code printed on the first letter about a debt.")
  public record ClaimFileInput(
      @NonNull @Description("The debt's RF reference, e.g. RF18 5390 0754 7034.") String reference,
      @NonNull @Description("The access code, e.g. ABCD-EFGH-JKLM.") String accessCode) {}

  /** What claimFile returns. */
  @Type("ClaimFilePayload")
  @Description("The debtor record now linked to your account, or why it was refused.")
  public record ClaimFilePayload(
      @Description("The debtor record claimed.") DebtorNode debtor,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Mutation("claimFile")
  @Description(
      "Links your account to the debtor record that a debt's reference and access code open. A"
          + " code works once; wrong attempts are limited.")
  @Allowed(Role.DEBTOR)
  public @NonNull ClaimFilePayload claimFile(
      @NonNull @Name("input") @Description("The mutation's input.") ClaimFileInput input) {
    Outcome<DebtorNode> claimed =
        debts
            .claim(translate.caller(), new ClaimFile(input.reference(), input.accessCode()))
            .map(DebtorNode::new);
    return new ClaimFilePayload(claimed.value().orElse(null), UserError.of(claimed.problems()));
  }

  @Description("The debtor records you claimed, each with its debts.")
  @Allowed({
    Role.DEBTOR,
    Role.CREDIT_CONTROLLER,
    Role.COMPLIANCE_OFFICER,
    Role.AGENCY,
    Role.ADMIN,
    Role.CLIENT_APP
  })
  public @NonNull List<@NonNull DebtorNode> claimedDebtors(@Source Viewer viewer) {
    return debts.claimedDebtors(viewer.caller()).stream().map(DebtorNode::new).toList();
  }
}
