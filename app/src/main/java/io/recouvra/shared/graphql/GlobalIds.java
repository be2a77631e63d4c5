package io.recouvra.shared.graphql;

import io.recouvra.shared.id.GlobalId;
import io.recouvra.shared.id.InvalidIdException;
import java.util.Optional;
import java.util.UUID;

/** Reads the global ids that clients pass back, for one expected type. */
public final class GlobalIds {
  private GlobalIds() {}

  /**
   * The UUID inside {@code text} when it is a well-formed global id of {@code type}; empty when it
   * is well-formed but of another type (so the caller answers "not found").
   *
   * @throws MalformedIdException naming {@code argument} when the text is not a global id at all
   */
  public static Optional<UUID> read(String text, String type, String argument) {
    GlobalId id = decode(text, argument);
    return type.equals(id.type()) ? Optional.of(id.uuid()) : Optional.empty();
  }

  /**
   * Decodes {@code text}.
   *
   * @throws MalformedIdException naming {@code argument} when the text is not a global id
   */
  public static GlobalId decode(String text, String argument) {
    try {
      return GlobalId.decode(text);
    } catch (InvalidIdException e) {
      throw new MalformedIdException(argument);
    }
  }

  /** The global id of an object of {@code type}. */
  public static String encode(String type, UUID uuid) {
    return GlobalId.of(type, uuid).encode();
  }
}
