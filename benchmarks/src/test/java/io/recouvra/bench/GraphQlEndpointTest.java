package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphQlEndpointTest {

  @Test
  void returnsTheDataOfASuccessfulAnswer() {
    assertThat(GraphQlEndpoint.dataOf(200, "{\"data\":{\"ping\":\"pong\"}}").getString("ping"))
        .isEqualTo("pong");
  }

  @Test
  void refusesGraphQlErrors() {
    String answer =
        "{\"errors\":[{\"message\":\"no\",\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":null}";

    assertThatThrownBy(() -> GraphQlEndpoint.dataOf(200, answer))
        .isInstanceOf(BenchmarkFailure.class)
        .hasMessageContaining("FORBIDDEN");
  }

  @Test
  void refusesOtherStatusesAndUnreadableBodies() {
    assertThatThrownBy(() -> GraphQlEndpoint.dataOf(405, "Method Not Allowed"))
        .isInstanceOf(BenchmarkFailure.class)
        .hasMessageContaining("HTTP 405");
    assertThatThrownBy(() -> GraphQlEndpoint.dataOf(200, "<html>"))
        .isInstanceOf(BenchmarkFailure.class)
        .hasMessageContaining("not a JSON object");
  }
}
