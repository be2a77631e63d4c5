package io.recouvra.shared.accounts.internal;

import io.recouvra.shared.accounts.NewStaffAccount;
import io.recouvra.shared.id.CreditorId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The JSON that Keycloak's admin API takes for Recouvra's clients and users. A client app's tokens
 * carry what Liberty checks and Recouvra reads, exactly as the realm files' demo apps do: the API
 * audience, the realm roles as {@code groups}, the {@code upn}, and its creditor as a fixed claim.
 */
public final class Representations {
  static final String API_AUDIENCE = "recouvra-api";

  private Representations() {}

  /** A confidential client with a service account and no browser or password flow. */
  public static JsonObject clientApp(String clientId, String name, CreditorId creditor) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("name", name)
        .add("enabled", true)
        .add("protocol", "openid-connect")
        .add("publicClient", false)
        .add("clientAuthenticatorType", "client-secret")
        .add("serviceAccountsEnabled", true)
        .add("standardFlowEnabled", false)
        .add("implicitFlowEnabled", false)
        .add("directAccessGrantsEnabled", false)
        .add(
            "protocolMappers",
            Json.createArrayBuilder()
                .add(audience())
                .add(groups())
                .add(upn())
                .add(creditorClaim(creditor)))
        .build();
  }

  /**
   * A staff account signing in with its e-mail address, carrying its creditor as the
   * administrator-only {@code creditor} attribute, with a temporary password to replace.
   */
  public static JsonObject staffUser(
      NewStaffAccount person, CreditorId creditor, String temporaryPassword) {
    return Json.createObjectBuilder()
        .add("username", person.email())
        .add("email", person.email())
        .add("firstName", person.firstName())
        .add("lastName", person.lastName())
        .add("enabled", true)
        .add("emailVerified", false)
        .add(
            "attributes",
            Json.createObjectBuilder()
                .add("creditor", Json.createArrayBuilder().add(creditor.toString())))
        .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
        .add(
            "credentials",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", temporaryPassword)
                        .add("temporary", true)))
        .build();
  }

  /** A list of one role representation, as the role-mapping endpoints take. */
  public static JsonArray roles(JsonObject role) {
    return Json.createArrayBuilder().add(role).build();
  }

  private static JsonObjectBuilder mapper(String name, String type) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("protocol", "openid-connect")
        .add("protocolMapper", type)
        .add("consentRequired", false);
  }

  private static JsonObject audience() {
    return mapper("audience " + API_AUDIENCE, "oidc-audience-mapper")
        .add(
            "config",
            Json.createObjectBuilder()
                .add("access.token.claim", "true")
                .add("id.token.claim", "false")
                .add("introspection.token.claim", "true")
                .add("included.custom.audience", API_AUDIENCE))
        .build();
  }

  private static JsonObject groups() {
    return mapper("groups", "oidc-usermodel-realm-role-mapper")
        .add("config", tokenClaim("groups", "String").add("multivalued", "true"))
        .build();
  }

  private static JsonObject upn() {
    return mapper("upn", "oidc-usermodel-property-mapper")
        .add("config", tokenClaim("upn", "String").add("user.attribute", "username"))
        .build();
  }

  private static JsonObject creditorClaim(CreditorId creditor) {
    return mapper("creditor", "oidc-hardcoded-claim-mapper")
        .add("config", tokenClaim("creditor", "String").add("claim.value", creditor.toString()))
        .build();
  }

  private static JsonObjectBuilder tokenClaim(String name, String type) {
    return Json.createObjectBuilder()
        .add("access.token.claim", "true")
        .add("id.token.claim", "true")
        .add("introspection.token.claim", "true")
        .add("claim.name", name)
        .add("jsonType.label", type);
  }
}
