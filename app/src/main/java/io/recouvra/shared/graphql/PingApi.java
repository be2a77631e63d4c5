package io.recouvra.shared.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@jakarta.enterprise.context.ApplicationScoped
@GraphQLApi
public class PingApi {
  @Query
  public String ping() {
    return "pong";
  }
}
