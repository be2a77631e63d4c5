package io.recouvra.shared.graphql;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds the objects of one global-id type for {@code node(id:)}; each module provides one per type
 * it owns, as a CDI bean, so this package never depends on the modules.
 */
public interface NodeResolver {

  /** The global-id type this resolver finds, e.g. {@code Debt}. */
  String type();

  /** The object, if it exists and the current caller may see it. */
  Optional<Node> find(UUID id);
}
