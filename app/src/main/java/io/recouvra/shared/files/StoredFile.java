package io.recouvra.shared.files;

import io.recouvra.shared.id.CreditorId;
import java.time.Instant;
import java.util.Optional;

/**
 * A kept file, without its content.
 *
 * @param id the file's id
 * @param tenant the creditor the file belongs to; empty for a file of no creditor
 * @param uploadedBy the subject of the account that sent it, or {@code system}
 * @param name the cleaned name, ending with the extension of its detected type
 * @param mediaType the type detected from the content, e.g. {@code application/pdf}
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, in lower-case hexadecimal
 * @param createdAt when it was kept
 */
public record StoredFile(
    FileId id,
    Optional<CreditorId> tenant,
    String uploadedBy,
    String name,
    String mediaType,
    long size,
    String sha256,
    Instant createdAt) {}
