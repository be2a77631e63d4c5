package io.recouvra.shared.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An object with a global id, which {@code node(id:)} finds again. */
@Interface
@Name("Node")
@Description("An object with a global id, which node(id:) finds again.")
public interface Node {

  /** The object's opaque global id. */
  @Id
  @NonNull
  @Description("The object's opaque global id.")
  String getId();
}
