package io.recouvra.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens for the tests: from the suite's Keycloak (password grant for the demo users, client
 * credentials for the creditors' apps), fetched per test since they live 5 minutes; and tokens
 * minted here with the realm's fixed signing key (see realm-demo.json) or deliberately wrong ones
 * (expired, another key, another issuer or audience, unsigned).
 */
public final class Tokens {

  /** The password of every demo user. */
  public static final String DEMO_PASSWORD = "demo";

  private static final String PORTAL_CLIENT = "portal";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final KeycloakServer keycloak;
  private RealmKey realmKey;

  Tokens(KeycloakServer keycloak) {
    this.keycloak = keycloak;
  }

  /** The realm's signing key as the tests mint with it: private key and Keycloak's key id. */
  record RealmKey(RSAPrivateCrtKey privateKey, String keyId) {}

  /** An access token of a demo user (e.g. {@code controller.acme}), by the password grant. */
  public String user(String username) {
    return requestToken(
        Map.of(
            "grant_type", "password",
            "client_id", PORTAL_CLIENT,
            "username", username,
            "password", DEMO_PASSWORD));
  }

  /** An access token of a creditor's app (e.g. {@code acme-app}), by client credentials. */
  public String clientApp(String clientId) {
    return clientApp(clientId, clientId + "-secret");
  }

  /** An access token of a client application with its own secret, by client credentials. */
  public String clientApp(String clientId, String secret) {
    return requestToken(
        Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /**
   * A token to mint here: valid by default (the realm's issuer and key, audience {@code
   * recouvra-api}, 5 minutes of life), with the given roles.
   */
  public MintedToken mint(String... groups) {
    return new MintedToken(realmKey(), KeycloakServer.realmUrl(), groups);
  }

  private String requestToken(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(KeycloakServer.realmUrl() + "/protocol/openid-connect/token"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    JsonObject answer = send(request);
    if (!answer.containsKey("access_token")) {
      throw new IllegalStateException("Keycloak gave no token: " + answer);
    }
    return answer.getString("access_token");
  }

  private synchronized RealmKey realmKey() {
    if (realmKey == null) {
      RSAPrivateCrtKey key = privateKeyOfRealmFile();
      realmKey = new RealmKey(key, keyIdPublishedFor(key));
    }
    return realmKey;
  }

  /** The fixed RSA key of the realm file's {@code rsa} key provider (PKCS#8, base64). */
  private RSAPrivateCrtKey privateKeyOfRealmFile() {
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(keycloak.realmFile()))) {
      JsonObject provider =
          reader
              .readObject()
              .getJsonObject("components")
              .getJsonArray("org.keycloak.keys.KeyProvider")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(component -> "rsa".equals(component.getString("providerId")))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No fixed RSA key in the realm file"));
      String encoded = provider.getJsonObject("config").getJsonArray("privateKey").getString(0);
      PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(encoded));
      return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + keycloak.realmFile(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The realm file's private key does not decode", e);
    }
  }

  /** The {@code kid} Keycloak publishes for that key; fails when Keycloak signs with another. */
  private static String keyIdPublishedFor(RSAPrivateCrtKey key) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(KeycloakServer.realmUrl() + "/protocol/openid-connect/certs"))
            .timeout(Duration.ofSeconds(30))
            .build();
    String modulus = base64Url(key.getModulus());
    return send(request).getJsonArray("keys").getValuesAs(JsonObject.class).stream()
        .filter(jwk -> modulus.equals(jwk.getString("n", "")))
        .map(jwk -> jwk.getString("kid"))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("Keycloak does not publish the realm file's key"));
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int start = bytes[0] == 0 ? 1 : 0;
    byte[] unsigned = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
  }

  private static JsonObject send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      JsonValue json = Json.createReader(new StringReader(response.body())).readValue();
      if (response.statusCode() != 200 || !(json instanceof JsonObject object)) {
        throw new IllegalStateException(
            "Keycloak answered " + response.statusCode() + ": " + response.body());
      }
      return object;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    }
  }
}
