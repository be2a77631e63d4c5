package io.recouvra.shared.files.internal;

import io.recouvra.shared.error.ErrorCode;

/**
 * Decides from its bytes, never from its name, whether a file may be kept as the type its sender
 * declared: executables, scripts and ZIP polyglots are refused whatever the type; then the content
 * must be exactly one file of the declared kind, without active content or a decompression bomb.
 */
public final class ContentScreening {

  /** How many bytes the compressed streams of one PDF may inflate to, together. */
  static final long MAX_INFLATED_BYTES = 128L * 1024 * 1024;

  private ContentScreening() {}

  /**
   * The kind of the content, when it is what {@code declaredType} says and safe to keep.
   *
   * @param declaredType the {@code Content-Type} the sender gave, parameters allowed
   * @throws RefusedContent with {@code FILE_TYPE_NOT_ALLOWED}, {@code FILE_TYPE_MISMATCH} or {@code
   *     FILE_UNSAFE}
   */
  public static MediaKind check(String declaredType, byte[] content) {
    MediaKind kind =
        MediaKind.declared(declaredType)
            .orElseThrow(
                () ->
                    new RefusedContent(
                        ErrorCode.FILE_TYPE_NOT_ALLOWED,
                        "Accepted types: application/pdf, image/png, image/jpeg, text/plain,"
                            + " text/csv, application/xml"));
    if (content.length == 0) {
      throw RefusedContent.mismatch("The file is empty");
    }
    ForeignFormats.refuseExecutablesAndArchives(content);
    ForeignFormats.refuseOtherFormats(content, kind);
    switch (kind) {
      case PDF -> PdfScreen.check(content, MAX_INFLATED_BYTES);
      case PNG -> PngScreen.check(content);
      case JPEG -> JpegScreen.check(content);
      case TEXT, CSV -> TextScreen.check(content);
      case XML -> XmlScreen.check(content);
    }
    return kind;
  }
}
