package io.recouvra.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  private static final KeycloakSettings KEYCLOAK =
      new KeycloakSettings(URI.create("http://localhost:8280"), "recouvra", "portal");

  @Test
  void pagesAllowOnlyTheirOwnCodeAndKeycloak() {
    List<String> directives = directives(ContentSecurityPolicy.forPages(KEYCLOAK));

    assertThat(directives)
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self' http://localhost:8280",
            "frame-src 'self' http://localhost:8280",
            "frame-ancestors 'none'",
            "form-action 'self' http://localhost:8280",
            "base-uri 'none'",
            "object-src 'none'");
  }

  @Test
  void neverAllowsInlineOrEvaluatedCode() {
    String policy = ContentSecurityPolicy.forPages(KEYCLOAK);

    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }

  @Test
  void onlyTheSilentCheckPageMayBeFramedAndOnlyByThePortal() {
    List<String> directives = directives(ContentSecurityPolicy.forSilentSessionCheck(KEYCLOAK));

    assertThat(directives).contains("frame-ancestors 'self'", "script-src 'self'");
  }

  private static List<String> directives(String policy) {
    return Arrays.stream(policy.split(";")).map(String::strip).toList();
  }
}
