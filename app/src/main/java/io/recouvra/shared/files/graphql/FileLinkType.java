package io.recouvra.shared.files.graphql;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A download link as GraphQL shows it.
 *
 * @param url the link's path from the server's root
 * @param expiresAt when it stops working
 */
@Type("FileLink")
@Description(
    "A download link signed for you and one file. It needs no token: keep it to yourself, and ask"
        + " for a new one once it has expired.")
public record FileLinkType(
    @NonNull
        @Description(
            "The link's path from the server's root (GET it on the same host), e.g."
                + " /api/files/{id}/content?u=...&exp=...&sig=...")
        String url,
    @NonNull @Description("The first instant at which the link is refused.") Instant expiresAt) {}
