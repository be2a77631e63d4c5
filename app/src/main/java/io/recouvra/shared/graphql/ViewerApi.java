package io.recouvra.shared.graphql;

import io.recouvra.shared.caller.Allowed;
import io.recouvra.shared.caller.CurrentCaller;
import io.recouvra.shared.caller.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** {@code viewer}: the signed-in caller, whatever its role. */
@GraphQLApi
@ApplicationScoped
public class ViewerApi {
  @Inject CurrentCaller caller;

  @Query("viewer")
  @Description("The signed-in person or client app, and what is theirs.")
  @Allowed({
    Role.DEBTOR,
    Role.CREDIT_CONTROLLER,
    Role.COMPLIANCE_OFFICER,
    Role.AGENCY,
    Role.ADMIN,
    Role.CLIENT_APP
  })
  public @NonNull Viewer viewer() {
    return new Viewer(caller.get());
  }
}
