package io.recouvra.documents;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document ready to be stored or downloaded.
 *
 * @param fileName the name to offer when it is saved, e.g. {@code releve-de-compte-C1-20261205.pdf}
 * @param mediaType its media type, e.g. {@code application/pdf}
 * @param content its bytes; the record keeps and hands out copies
 */
public record RenderedDocument(String fileName, String mediaType, byte[] content) {

  /** The media type of every PDF document. */
  public static final String PDF = "application/pdf";

  /** Checks that every part is present and keeps a copy of the content. */
  public RenderedDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    content = Objects.requireNonNull(content, "content").clone();
  }

  /** A copy of the document's bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /** How many bytes the document has. */
  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderedDocument that
        && fileName.equals(that.fileName)
        && mediaType.equals(that.mediaType)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, mediaType, Arrays.hashCode(content));
  }

  /** The file name, media type and size; never the content. */
  @Override
  public String toString() {
    return fileName + " (" + mediaType + ", " + content.length + " bytes)";
  }
}
