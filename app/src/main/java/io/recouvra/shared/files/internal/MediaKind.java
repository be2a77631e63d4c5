package io.recouvra.shared.files.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Recouvra accepts, each with the media types a sender may declare for it. */
public enum MediaKind {
  PDF("application/pdf", List.of("application/pdf"), List.of("pdf")),
  PNG("image/png", List.of("image/png"), List.of("png")),
  JPEG("image/jpeg", List.of("image/jpeg"), List.of("jpg", "jpeg")),
  TEXT("text/plain", List.of("text/plain"), List.of("txt", "text")),
  CSV("text/csv", List.of("text/csv"), List.of("csv")),
  XML("application/xml", List.of("application/xml", "text/xml"), List.of("xml"));

  private final String mediaType;
  private final List<String> declaredAs;
  private final List<String> extensions;

  MediaKind(String mediaType, List<String> declaredAs, List<String> extensions) {
    this.mediaType = mediaType;
    this.declaredAs = declaredAs;
    this.extensions = extensions;
  }

  /** The media type files of this kind are served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file name extensions, the preferred one first. */
  public List<String> extensions() {
    return extensions;
  }

  /** Whether the content is text (served with a character set). */
  public boolean isText() {
    return this == TEXT || this == CSV || this == XML;
  }

  /**
   * The kind a sender declared with a {@code Content-Type} value; parameters such as {@code
   * charset} are ignored. Empty when the type is missing or not accepted.
   */
  public static Optional<MediaKind> declared(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    int parameters = contentType.indexOf(';');
    String type =
        (parameters < 0 ? contentType : contentType.substring(0, parameters))
            .strip()
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(kind -> kind.declaredAs.contains(type)).findFirst();
  }

  /** The bare media type of a {@code Content-Type} value, for storing what was declared. */
  public static String bareType(String contentType) {
    int parameters = contentType.indexOf(';');
    String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
    String bare = type.strip().toLowerCase(Locale.ROOT);
    return bare.length() > 100 ? bare.substring(0, 100) : bare;
  }
}
