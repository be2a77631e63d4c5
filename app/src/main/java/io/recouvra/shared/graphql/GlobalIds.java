package io.recouvra.shared.graphql;

import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
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

  /**
   * The UUID inside a mutation input's id {@code field}: refused with {@code INVALID_ID} when the
   * text is not a global id, with {@code NOT_FOUND} (and {@code notFound} as message) when it is
   * one of another type, exactly as for a missing object.
   */
  public static Outcome<UUID> readInput(String text, String type, String field, String notFound) {
    try {
      return read(text, type, "input." + field)
          .map(Outcome::done)
          .orElseGet(() -> Outcome.refused(Problem.at(field, ErrorCode.NOT_FOUND, notFound)));
    } catch (MalformedIdException e) {
      return Outcome.refused(
          Problem.at(field, ErrorCode.INVALID_ID, field + " is not an id issued by Recouvra"));
    }
  }

  /** The global id of an object of {@code type}. */
  public static String encode(String type, UUID uuid) {
    return GlobalId.of(type, uuid).encode();
  }
}
