package io.recouvra.shared.files.internal;

import io.recouvra.shared.caller.Caller;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.files.FileId;
import io.recouvra.shared.files.Files;
import io.recouvra.shared.files.NewFile;
import io.recouvra.shared.files.StoredFile;
import io.recouvra.shared.id.GlobalId;
import io.recouvra.shared.id.InvalidIdException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /api/files}: upload one file as the raw request body, its type in {@code
 * Content-Type} and its name, percent-encoded UTF-8, in {@code X-File-Name}; needs an identity.
 * {@code GET /api/files/{id}/content?u=&exp=&sig=}: download through a signed link, which
 * authorises on its own. These methods only translate HTTP and delegate.
 */
@Path("")
@RequestScoped
public class FileResource {
  static final String NAME_HEADER = "X-File-Name";
  private static final String ACCEPTED =
      "Declare the file's type in Content-Type: application/pdf, image/png, image/jpeg,"
          + " text/plain, text/csv or application/xml";
  private static final String SANDBOX = "default-src 'none'; sandbox";

  @Inject Files files;
  @Inject FileStore store;
  @Inject DownloadLinks links;
  @Inject CurrentCaller currentCaller;
  @Context HttpServletRequest request;

  @POST
  public Response upload(InputStream body) throws IOException {
    Caller caller = currentCaller.get();
    if (caller.isAnonymous()) {
      return ErrorAnswer.of(ErrorCode.UNAUTHENTICATED, "Sign in first: uploads need an identity");
    }
    if (MediaKind.declared(request.getContentType()).isEmpty()) {
      return ErrorAnswer.of(ErrorCode.FILE_TYPE_NOT_ALLOWED, ACCEPTED);
    }
    long limit = files.maxBytes();
    if (request.getContentLengthLong() > limit) {
      return tooLarge(limit);
    }
    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (content.length > limit) {
      return tooLarge(limit);
    }
    NewFile file =
        new NewFile(name(request.getHeader(NAME_HEADER)), request.getContentType(), content);
    return created(files.upload(caller, file));
  }

  @GET
  @Path("{id}/content")
  public Response download(
      @PathParam("id") String id,
      @QueryParam("u") String subject,
      @QueryParam("exp") String expires,
      @QueryParam("sig") String signature) {
    Caller requester = currentCaller.get();
    Optional<String> identity =
        requester.isAnonymous() ? Optional.empty() : Optional.of(requester.subject());
    LinkVerdict verdict = links.check(id, subject, expires, signature, identity);
    if (verdict == LinkVerdict.EXPIRED) {
      return ErrorAnswer.of(
          ErrorCode.FILE_LINK_EXPIRED, "This link has expired; ask for a new one");
    }
    Optional<FileId> file = verdict == LinkVerdict.VALID ? fileId(id) : Optional.empty();
    Optional<StoredFile> found = file.flatMap(store::file);
    Optional<byte[]> content = file.flatMap(store::content);
    if (found.isEmpty() || content.isEmpty()) {
      return ErrorAnswer.of(
          ErrorCode.FILE_LINK_INVALID, "This link is not valid for this file and this user");
    }
    return served(found.get(), content.get());
  }

  private static Response served(StoredFile file, byte[] content) {
    MediaType type = MediaType.valueOf(file.mediaType());
    boolean text = type.getType().equals("text") || type.getSubtype().equals("xml");
    return Response.ok(content)
        .type(text ? type.withCharset("UTF-8") : type)
        .header("Content-Disposition", FileName.attachment(file.name()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SANDBOX)
        .build();
  }

  private static Response created(Outcome<StoredFile> outcome) {
    if (!outcome.isDone()) {
      Problem problem = outcome.problems().get(0);
      return ErrorAnswer.of(problem.code(), problem.message());
    }
    StoredFile file = outcome.value().orElseThrow();
    String body =
        Json.createObjectBuilder()
            .add("id", file.id().toGlobalId().encode())
            .add("name", file.name())
            .add("mediaType", file.mediaType())
            .add("size", file.size())
            .add("sha256", file.sha256())
            .build()
            .toString();
    return Response.status(Response.Status.CREATED)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .entity(body)
        .build();
  }

  private static Response tooLarge(long limit) {
    return ErrorAnswer.of(ErrorCode.FILE_TOO_LARGE, "Files may have at most " + limit + " bytes");
  }

  private static String name(String header) {
    if (header == null) {
      return "";
    }
    try {
      return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      return header;
    }
  }

  private static Optional<FileId> fileId(String text) {
    try {
      GlobalId id = GlobalId.decode(text);
      return id.hasType(FileId.GLOBAL_TYPE) ? Optional.of(new FileId(id.uuid())) : Optional.empty();
    } catch (InvalidIdException e) {
      return Optional.empty();
    }
  }
}
