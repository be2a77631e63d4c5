package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DebtRegistrationRunTest {

  @Test
  void registersEveryDebtAndMeasuresEachRequest() throws Exception {
    try (StubGraphQlServer stub =
        new StubGraphQlServer(
            input ->
                StubGraphQlServer.registered(input, "D:" + input.getString("externalReference")))) {
      DebtRegistrationRun.Outcome outcome = run(stub, 50);

      assertThat(outcome.elapsed()).isPositive();
      assertThat(outcome.latencies().max()).isGreaterThanOrEqualTo(outcome.latencies().p50());
      assertThat(stub.authorizationsSeen).containsExactly("Bearer stub-token-1");
    }
  }

  @Test
  void aUserErrorFailsTheRun() throws Exception {
    JsonObject refused =
        Json.createObjectBuilder()
            .addNull("debt")
            .add(
                "userErrors",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("field", Json.createArrayBuilder().add("input"))
                            .add("message", "duplicate")
                            .add("code", "DUPLICATE_REFERENCE")))
            .build();
    try (StubGraphQlServer stub =
        new StubGraphQlServer(input -> StubGraphQlServer.payload(refused))) {
      assertThatThrownBy(() -> run(stub, 10))
          .isInstanceOf(BenchmarkFailure.class)
          .hasMessageContaining("DUPLICATE_REFERENCE");
    }
  }

  @Test
  void theSameDebtReturnedForDifferentReferencesFailsTheRun() throws Exception {
    try (StubGraphQlServer stub =
        new StubGraphQlServer(input -> StubGraphQlServer.registered(input, "always-the-same"))) {
      assertThatThrownBy(() -> run(stub, 10))
          .isInstanceOf(BenchmarkFailure.class)
          .hasMessageContaining("1 distinct ids");
    }
  }

  @Test
  void aBalanceOtherThanThePrincipalFailsTheRun() throws Exception {
    try (StubGraphQlServer stub =
        new StubGraphQlServer(
            input -> {
              JsonObject changed =
                  Json.createObjectBuilder(input)
                      .add(
                          "principal",
                          Json.createObjectBuilder().add("amount", "0.01").add("currency", "EUR"))
                      .build();
              return StubGraphQlServer.registered(changed, input.getString("externalReference"));
            })) {
      assertThatThrownBy(() -> run(stub, 5))
          .isInstanceOf(BenchmarkFailure.class)
          .hasMessageContaining("registered as");
    }
  }

  private static DebtRegistrationRun.Outcome run(StubGraphQlServer stub, int count) {
    GraphQlEndpoint endpoint = new GraphQlEndpoint(stub.endpoint(), Duration.ofSeconds(5));
    SampleDebts debts = new SampleDebts("TEST", Math.max(1, count / 5));
    GraphQlEndpoint.Caller clientApp =
        new GraphQlEndpoint.Caller(
            AccessTokens.ofClient(stub.tokenEndpoint(), "bench-app", "bench-secret"));
    return new DebtRegistrationRun(endpoint, clientApp, debts, count).run(3);
  }
}
