package io.recouvra.shared.files.graphql;

import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.FileLink;
import io.recouvra.shared.files.Files;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.MalformedIdException;
import io.recouvra.shared.graphql.UserError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Hands out download links: files themselves travel through HTTP endpoints, not GraphQL. */
@GraphQLApi
@ApplicationScoped
public class FilesApi {
  @Inject Files files;
  @Inject CurrentCaller currentCaller;

  @Mutation("createFileLink")
  @Description(
      "A short-lived download link to one of your files, signed for you alone. Refused with"
          + " NOT_FOUND when there is no such file or it is not yours to see.")
  @Allowed({
    Role.DEBTOR,
    Role.CREDIT_CONTROLLER,
    Role.COMPLIANCE_OFFICER,
    Role.AGENCY,
    Role.ADMIN,
    Role.CLIENT_APP
  })
  public @NonNull CreateFileLinkPayload createFileLink(
      @NonNull @Name("input") @Description("The mutation's input.") CreateFileLinkInput input) {
    Outcome<FileLinkType> link =
        fileId(input.fileId())
            .flatMap(id -> files.link(currentCaller.get(), id))
            .map(FilesApi::type);
    return new CreateFileLinkPayload(link.value().orElse(null), UserError.of(link.problems()));
  }

  private static Outcome<FileId> fileId(String text) {
    Optional<UUID> uuid;
    try {
      uuid = GlobalIds.read(text, FileId.GLOBAL_TYPE, "input.fileId");
    } catch (MalformedIdException e) {
      return Outcome.refused(
          Problem.at("fileId", ErrorCode.INVALID_ID, "fileId is not an id issued by Recouvra"));
    }
    return uuid.map(u -> Outcome.done(new FileId(u)))
        .orElseGet(
            () -> Outcome.refused(Problem.at("fileId", ErrorCode.NOT_FOUND, "No such file")));
  }

  private static FileLinkType type(FileLink link) {
    return new FileLinkType(link.url(), link.expiresAt());
  }
}
