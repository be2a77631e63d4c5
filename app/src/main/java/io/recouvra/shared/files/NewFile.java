package io.recouvra.shared.files;

import java.util.Objects;

/**
 * A file to keep, as its sender describes it. Nothing here is trusted: the content is checked
 * against the declared type, and the name is cleaned before it is kept.
 *
 * @param name the name the sender gave, e.g. {@code statement.pdf}; may be blank
 * @param declaredType the media type the sender declared, e.g. {@code application/pdf}
 * @param content the bytes
 */
public record NewFile(String name, String declaredType, byte[] content) {

  /** Checks that the content is present. */
  public NewFile {
    Objects.requireNonNull(content, "content");
    name = name == null ? "" : name;
    declaredType = declaredType == null ? "" : declaredType;
  }
}
