package io.recouvra.shared.graphql;

import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.id.GlobalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** {@code node(id:)}: any object by its global id, found by the module that owns its type. */
@GraphQLApi
@ApplicationScoped
public class NodeApi {
  @Inject Instance<NodeResolver> resolvers;

  @Query("node")
  @Description("Any object by its global id; null when it does not exist or is not yours to see.")
  @Allowed({Role.CLIENT_APP, Role.CREDIT_CONTROLLER, Role.ADMIN, Role.DEBTOR})
  public Node node(@Id @NonNull @Name("id") @Description("The global id.") String id) {
    GlobalId global = GlobalIds.decode(id, "id");
    return resolvers.stream()
        .filter(r -> r.type().equals(global.type()))
        .findFirst()
        .flatMap(r -> r.find(global.uuid()))
        .orElse(null);
  }
}
