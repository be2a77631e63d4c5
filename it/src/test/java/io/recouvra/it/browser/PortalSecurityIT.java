package io.recouvra.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's Content-Security-Policy and protective headers, as sent and as the browser obeys.
 */
@RecouvraIT
class PortalSecurityIT {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @ParameterizedTest
  @ValueSource(
      strings = {"", "index.html", "claim.html", "files.html", "js/layout.js", "css/portal.css"})
  void everyResponseCarriesTheStrictPolicy(String path, SuiteServer server) throws Exception {
    HttpResponse<String> response = get(new Portal(server).page(path));

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> policy = directives(response);
    assertThat(policy)
        .contains(
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'");
    assertThat(String.join(";", policy)).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void thePolicyLetsThePortalTalkToItsOwnKeycloakOnly(SuiteServer server) throws Exception {
    HttpResponse<String> config = get(new Portal(server).page("config.json"));
    String keycloakUrl;
    try (var reader = jakarta.json.Json.createReader(new StringReader(config.body()))) {
      keycloakUrl = reader.readObject().getJsonObject("keycloak").getString("url");
    }
    URI keycloak = URI.create(keycloakUrl);
    String origin = keycloak.getScheme() + "://" + keycloak.getHost() + ":" + keycloak.getPort();

    List<String> policy = directives(get(new Portal(server).page("")));

    assertThat(policy)
        .contains(
            "connect-src 'self' " + origin,
            "frame-src 'self' " + origin,
            "form-action 'self' " + origin);
  }

  @Test
  void onlyTheSilentSessionCheckMayBeFramedAndOnlyByThePortal(SuiteServer server) throws Exception {
    List<String> policy = directives(get(new Portal(server).page("silent-check-sso.html")));

    assertThat(policy).contains("frame-ancestors 'self'", "script-src 'self'");
  }

  @Test
  void noPageBreaksThePolicyInTheBrowser(SuiteServer server) {
    Portal portal = new Portal(server);
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      for (String path : List.of("", "claim.html", "files.html")) {
        portal.open(browser, path);
        Portal.languageSwitch(browser).click();
        Portal.languageSwitch(browser).click();

        assertThat(browser.contentSecurityPolicyViolations()).as(path).isEmpty();
      }
    }
  }

  @Test
  void aViolationWouldBeSeen(SuiteServer server) {
    try (Browser browser = Chromium.start(Screen.DESKTOP, "fr-FR,fr")) {
      new Portal(server).open(browser, "");
      browser.contentSecurityPolicyViolations();

      browser.script(
          "const style = document.createElement('style');"
              + "style.textContent = 'body { color: red; }';"
              + "document.head.append(style);");

      assertThat(browser.contentSecurityPolicyViolations()).isNotEmpty();
      assertThat(browser.script("return getComputedStyle(document.body).color;"))
          .isNotEqualTo("rgb(255, 0, 0)");
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> directives(HttpResponse<String> response) {
    String header = response.headers().firstValue("Content-Security-Policy").orElse("");
    return Arrays.stream(header.split(";")).map(String::strip).toList();
  }
}
