package io.recouvra.shared.id;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one debtor. Its text form is the UUID; in the GraphQL API it travels as a {@link
 * GlobalId} of type {@value #GLOBAL_TYPE}.
 *
 * @param value the UUID
 */
public record DebtorId(UUID value) {

  /** The type name of a debtor's {@link GlobalId}, the name of its GraphQL type. */
  public static final String GLOBAL_TYPE = "Debtor";

  /** Checks that the UUID is present. */
  public DebtorId {
    Objects.requireNonNull(value, "value");
  }

  /** A new id, random (UUID version 4). */
  public static DebtorId random() {
    return new DebtorId(UUID.randomUUID());
  }

  /**
   * The id written as {@code uuid}, in the canonical 8-4-4-4-12 hexadecimal form.
   *
   * @throws InvalidIdException when the text is missing or not such a UUID
   */
  public static DebtorId of(String uuid) {
    return new DebtorId(UuidText.parse(uuid));
  }

  /**
   * The id carried by {@code globalId}.
   *
   * @throws InvalidIdException when the global id is not of type {@value #GLOBAL_TYPE}
   */
  public static DebtorId of(GlobalId globalId) {
    return new DebtorId(globalId.uuidOfType(GLOBAL_TYPE));
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
