package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import org.junit.jupiter.api.Test;

@RecouvraIT
class SmokeIT {

  @Test
  void reportsItselfReady(GraphQlClient api) {
    GraphQlResponse ready = api.get("health/ready", Identity.anonymous());

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void reportsItselfHealthy(GraphQlClient api) {
    GraphQlResponse health = api.get("health", Identity.anonymous());

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void servesThePortal(GraphQlClient api) {
    GraphQlResponse portal = api.get("portal/", Identity.anonymous());

    assertThat(portal.status()).isEqualTo(200);
    assertThat(portal.body()).contains("<html").contains("Recouvra");
  }

  @Test
  void answersTheSmallestGraphQlQuery(GraphQlClient api) {
    GraphQlResponse response = api.graphql("{ __typename }", Identity.admin());

    response.assertNoErrors();
    assertThat(response.string("__typename")).isEqualTo("Query");
  }
}
