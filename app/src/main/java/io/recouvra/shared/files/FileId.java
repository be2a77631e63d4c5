package io.recouvra.shared.files;

import io.recouvra.shared.id.GlobalId;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one kept file. In the API and in links it travels as a {@link GlobalId} of type
 * {@value #GLOBAL_TYPE}.
 *
 * @param value the UUID
 */
public record FileId(UUID value) {

  /** The type name of a file's global id. */
  public static final String GLOBAL_TYPE = "File";

  /** Checks that the UUID is present. */
  public FileId {
    Objects.requireNonNull(value, "value");
  }

  /** A new id, random (UUID version 4). */
  public static FileId random() {
    return new FileId(UUID.randomUUID());
  }

  /** This id as a global id of type {@value #GLOBAL_TYPE}. */
  public GlobalId toGlobalId() {
    return GlobalId.of(GLOBAL_TYPE, value);
  }

  /** The UUID in its canonical lower-case form. */
  @Override
  public String toString() {
    return value.toString();
  }
}
