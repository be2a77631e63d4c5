package io.recouvra.documents.graphql;

import io.recouvra.documents.Documents;
import io.recouvra.documents.RenderedDocument;
import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.files.FileLink;
import io.recouvra.shared.files.Files;
import io.recouvra.shared.files.NewFile;
import io.recouvra.shared.files.graphql.FileLinkType;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.UserError;
import io.recouvra.shared.id.DebtorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Documents made on request, handed out as signed download links. */
@GraphQLApi
@ApplicationScoped
public class DocumentsApi {
  @Inject Documents documents;
  @Inject Files files;
  @Inject CurrentCaller currentCaller;

  /** Asking for a statement. */
  @Input("CreateDebtStatementInput")
  @Description("Whose statement of account to make.")
  public record CreateDebtStatementInput(
      @Id @NonNull @Description("The debtor record.") String debtorId) {}

  /** What createDebtStatement returns. */
  @Type("CreateDebtStatementPayload")
  @Description("A link to the statement just made, or why it was refused.")
  public record CreateDebtStatementPayload(
      @Description("A short-lived link to download the PDF, signed for you.") FileLinkType link,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  @Mutation("createDebtStatement")
  @Description(
      "Makes a statement of account (PDF, in the debtor's language) of a debtor's open debts and"
          + " how to pay them, and returns a link to download it.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.DEBTOR})
  public @NonNull CreateDebtStatementPayload createDebtStatement(
      @NonNull @Name("input") @Description("The mutation's input.")
          CreateDebtStatementInput input) {
    Caller caller = currentCaller.get();
    Outcome<FileLinkType> link =
        GlobalIds.readInput(input.debtorId(), "Debtor", "debtorId", "No debtor has this id")
            .map(DebtorId::new)
            .flatMap(debtor -> documents.debtStatement(caller, debtor))
            .flatMap(statement -> store(caller, statement))
            .map(stored -> new FileLinkType(stored.url(), stored.expiresAt()));
    return new CreateDebtStatementPayload(link.value().orElse(null), UserError.of(link.problems()));
  }

  private Outcome<FileLink> store(Caller caller, RenderedDocument statement) {
    return files
        .store(
            caller.tenant(),
            new NewFile(statement.fileName(), statement.mediaType(), statement.content()))
        .map(stored -> files.linkFor(stored.id(), caller.subject()));
  }
}
