package io.recouvra.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeycloakSettingsTest {

  @Test
  void defaultsToTheDemoKeycloak() {
    KeycloakSettings settings = KeycloakSettings.read(key -> Optional.empty());

    assertThat(settings.url()).isEqualTo(URI.create("http://localhost:8180"));
    assertThat(settings.realm()).isEqualTo("recouvra");
    assertThat(settings.clientId()).isEqualTo("portal");
  }

  @Test
  void takesEachSettingFromConfiguration() {
    Map<String, String> config =
        Map.of(
            "keycloak.url", "https://id.example.org/",
            "keycloak.realm", "other",
            "recouvra.portal.client.id", "web");

    KeycloakSettings settings = KeycloakSettings.read(key -> Optional.ofNullable(config.get(key)));

    assertThat(settings.url()).isEqualTo(URI.create("https://id.example.org"));
    assertThat(settings.realm()).isEqualTo("other");
    assertThat(settings.clientId()).isEqualTo("web");
  }

  @Test
  void originKeepsSchemeHostAndPortOnly() {
    KeycloakSettings settings =
        new KeycloakSettings(URI.create("HTTP://localhost:8280/auth"), "recouvra", "portal");

    assertThat(settings.origin()).isEqualTo("http://localhost:8280");
  }

  @Test
  void originOmitsAnAbsentPort() {
    KeycloakSettings settings =
        new KeycloakSettings(URI.create("https://id.example.org"), "recouvra", "portal");

    assertThat(settings.origin()).isEqualTo("https://id.example.org");
  }

  @Test
  void refusesAUrlThatWouldWidenThePolicy() {
    assertThatThrownBy(() -> new KeycloakSettings(URI.create("*"), "recouvra", "portal"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new KeycloakSettings(URI.create("javascript:alert(1)"), "recouvra", "portal"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
