package io.recouvra.shared.files.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What createFileLink takes.
 *
 * @param fileId the file's global id, as the upload returned it
 */
@Input("CreateFileLinkInput")
@Description("Which file to link to.")
public record CreateFileLinkInput(
    @Id @NonNull @Description("The file's id, as the upload answered it.") String fileId) {}
