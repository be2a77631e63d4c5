package io.recouvra.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads the suite realm's clients and accounts through Keycloak's admin API, as the demo realm's
 * {@code recouvra-admin} service account: what the tests check onboarding created, or did not.
 */
public final class RealmAccounts {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Tokens tokens;

  public RealmAccounts(Tokens tokens) {
    this.tokens = tokens;
  }

  /** An account of the realm. */
  public record Account(JsonObject user, List<String> roles) {
    public String attribute(String name) {
      JsonObject attributes = user.getJsonObject("attributes");
      return attributes == null || !attributes.containsKey(name)
          ? ""
          : attributes.getJsonArray(name).getString(0);
    }

    public List<String> requiredActions() {
      return user.getJsonArray("requiredActions").getValuesAs(JsonValue.class).stream()
          .map(value -> ((jakarta.json.JsonString) value).getString())
          .toList();
    }
  }

  /** The account signing in as {@code username}, with its effective realm roles. */
  public Optional<Account> account(String username) {
    JsonArray found =
        (JsonArray)
            get(
                "/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8));
    return found.getValuesAs(JsonObject.class).stream()
        .findFirst()
        .map(
            user ->
                new Account(
                    user,
                    ((JsonArray)
                            get(
                                "/users/"
                                    + user.getString("id")
                                    + "/role-mappings/realm/composite"))
                        .getValuesAs(JsonObject.class).stream()
                            .map(role -> role.getString("name"))
                            .toList()));
  }

  /** Whether a client of this client id exists. */
  public boolean hasClient(String clientId) {
    JsonArray found =
        (JsonArray) get("/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
    return found.getValuesAs(JsonObject.class).stream()
        .anyMatch(client -> clientId.equals(client.getString("clientId")));
  }

  private JsonValue get(String path) {
    String token = tokens.clientApp("recouvra-admin");
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(KeycloakServer.baseUrl() + "/admin/realms/recouvra" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Keycloak answered " + response.statusCode() + " to " + path);
      }
      return Json.createReader(new StringReader(response.body())).readValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
    }
  }
}
