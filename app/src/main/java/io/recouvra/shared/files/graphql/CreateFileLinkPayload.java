package io.recouvra.shared.files.graphql;

import io.recouvra.shared.graphql.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What createFileLink returns.
 *
 * @param link the link, when it was granted
 * @param userErrors why it was refused; empty on success
 */
@Type("CreateFileLinkPayload")
@Description("The download link, or the reasons it was refused.")
public record CreateFileLinkPayload(
    @Description("The link; null when refused.") FileLinkType link,
    @NonNull @Description("Why the input was refused; empty on success.")
        List<@NonNull UserError> userErrors) {}
