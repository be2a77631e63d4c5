package io.recouvra.shared.files.internal;

import io.recouvra.shared.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A refusal answered over HTTP with the same body as a GraphQL error: {@code {"errors":[{"message":
 * ..., "extensions":{"code": ...}}]}}.
 */
final class ErrorAnswer {
  private ErrorAnswer() {}

  static Response of(ErrorCode code, String message) {
    JsonObject error =
        Json.createObjectBuilder()
            .add("message", message)
            .add("extensions", Json.createObjectBuilder().add("code", code.name()))
            .build();
    JsonObject body =
        Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(error)).build();
    return Response.status(status(code))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .entity(body.toString())
        .build();
  }

  /** The HTTP status of each refusal the file endpoints give. */
  static int status(ErrorCode code) {
    return switch (code) {
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN, FILE_LINK_INVALID, FILE_LINK_EXPIRED -> 403;
      case FILE_TOO_LARGE -> 413;
      case FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH -> 415;
      default -> 400;
    };
  }
}
