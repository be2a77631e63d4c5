package io.recouvra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

  @Test
  void keepsATokenUntilThirtySecondsBeforeItExpires() throws Exception {
    try (StubGraphQlServer keycloak = new StubGraphQlServer(input -> "{}")) {
      AccessTokens tokens = AccessTokens.ofUser(keycloak.tokenEndpoint(), "admin", "demo");

      assertThat(tokens.current()).isEqualTo("stub-token-1");
      assertThat(tokens.current()).isEqualTo("stub-token-1");
    }
  }

  @Test
  void fetchesANewTokenWhenTheCurrentOneIsAboutToExpire() throws Exception {
    try (StubGraphQlServer keycloak = new StubGraphQlServer(input -> "{}")) {
      keycloak.issueTokensLiving(30);
      AccessTokens tokens = AccessTokens.ofClient(keycloak.tokenEndpoint(), "app", "secret");

      assertThat(tokens.current()).isEqualTo("stub-token-1");
      assertThat(tokens.current()).isEqualTo("stub-token-2");
    }
  }

  @Test
  void anUnreachableKeycloakFailsTheRun() {
    AccessTokens tokens =
        AccessTokens.ofUser(URI.create("http://localhost:1/token"), "admin", "demo");

    assertThatThrownBy(tokens::current)
        .isInstanceOf(BenchmarkFailure.class)
        .hasMessageContaining("cannot be reached");
  }
}
