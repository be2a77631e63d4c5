package io.recouvra.shared.files;

import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.files.internal.ContentScreening;
import io.recouvra.shared.files.internal.DownloadLinks;
import io.recouvra.shared.files.internal.FileName;
import io.recouvra.shared.files.internal.FileStore;
import io.recouvra.shared.files.internal.MediaKind;
import io.recouvra.shared.files.internal.RefusedContent;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The files facade: keeps uploads and server-made documents after checking their content, and hands
 * out download links signed for one user and one file. A file of a creditor is visible to that
 * creditor's callers; a file of no creditor only to the account that sent it.
 */
@ApplicationScoped
public class Files {
  /** The subject recorded for files the server made itself. */
  public static final String SYSTEM = "system";

  private static final Logger LOG = Logger.getLogger(Files.class.getName());

  @Inject FileStore store;
  @Inject DownloadLinks links;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "recouvra.files.max-bytes", defaultValue = "10485760")
  long maxBytes;

  /** The largest file kept, in bytes ({@code recouvra.files.max-bytes}, 10 MiB by default). */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Keeps a file a caller sent, for the caller's creditor when it acts for one. Refused with {@code
   * UNAUTHENTICATED} for an anonymous caller, {@code FILE_TOO_LARGE}, {@code
   * FILE_TYPE_NOT_ALLOWED}, {@code FILE_TYPE_MISMATCH} or {@code FILE_UNSAFE}.
   */
  public Outcome<StoredFile> upload(Caller caller, NewFile file) {
    if (caller.isAnonymous()) {
      return refused(ErrorCode.UNAUTHENTICATED, "Sign in first: uploads need an identity");
    }
    return keep(caller.tenant(), caller.subject(), file);
  }

  /**
   * Keeps a file the server made (a statement, a letter) for {@code tenant}, after the same checks
   * as an upload; recorded as sent by {@value #SYSTEM}.
   */
  public Outcome<StoredFile> store(Optional<CreditorId> tenant, NewFile file) {
    return keep(tenant, SYSTEM, file);
  }

  /** The file, if it exists and {@code caller} may see it. */
  public Optional<StoredFile> file(Caller caller, FileId id) {
    return store.file(id).filter(f -> isVisibleTo(f, caller));
  }

  /**
   * A download link to the file for {@code caller}; refused with {@code NOT_FOUND} when the file
   * does not exist or the caller may not see it (the two are not told apart).
   */
  public Outcome<FileLink> link(Caller caller, FileId id) {
    return file(caller, id)
        .map(f -> Outcome.done(links.issue(f.id(), caller.subject())))
        .orElseGet(
            () -> Outcome.refused(Problem.at("fileId", ErrorCode.NOT_FOUND, "No such file")));
  }

  /**
   * A download link to the file for the user {@code subject}, for a module that has decided itself
   * that this user may have it (a debtor's statement, say). The file's existence is not checked
   * here: a link to a missing file is refused when used.
   */
  public FileLink linkFor(FileId id, String subject) {
    return links.issue(id, subject);
  }

  private Outcome<StoredFile> keep(Optional<CreditorId> tenant, String by, NewFile file) {
    if (file.content().length > maxBytes) {
      return refused(ErrorCode.FILE_TOO_LARGE, "Files may have at most " + maxBytes + " bytes");
    }
    MediaKind kind;
    try {
      kind = ContentScreening.check(file.declaredType(), file.content());
    } catch (RefusedContent refusal) {
      LOG.info(() -> "File refused: " + refusal.code());
      return refused(refusal.code(), refusal.getMessage());
    }
    StoredFile kept = describe(tenant, by, file, kind);

    store.keep(kept, MediaKind.bareType(file.declaredType()), file.content());

    LOG.info(() -> "File " + kept.id() + " kept (" + kept.size() + " bytes, " + kind + ")");
    return Outcome.done(kept);
  }

  private StoredFile describe(
      Optional<CreditorId> tenant, String by, NewFile file, MediaKind kind) {
    return new StoredFile(
        FileId.random(),
        tenant,
        by,
        FileName.clean(file.name(), kind),
        kind.mediaType(),
        file.content().length,
        sha256(file.content()),
        clock.instant());
  }

  private static boolean isVisibleTo(StoredFile file, Caller caller) {
    if (caller.isAnonymous()) {
      return false;
    }
    return file.tenant().isPresent()
        ? file.tenant().equals(caller.tenant())
        : file.uploadedBy().equals(caller.subject());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static <T> Outcome<T> refused(ErrorCode code, String message) {
    return Outcome.refused(new Problem(List.of(), code, message));
  }
}
