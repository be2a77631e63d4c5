package io.recouvra.shared.accounts;

import static io.recouvra.shared.accounts.internal.KeycloakAdmin.expectSuccess;

import io.recouvra.shared.accounts.internal.KeycloakAdmin;
import io.recouvra.shared.accounts.internal.KeycloakAdmin.Answer;
import io.recouvra.shared.accounts.internal.Representations;
import io.recouvra.shared.caller.Role;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates and finds accounts at the identity provider. Each creation is whole or nothing: when a
 * step after the first fails, what was created is removed before the failure is reported.
 */
@ApplicationScoped
public class Accounts {
  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
  private static final int CONFLICT = 409;
  private static final int NOT_FOUND = 404;
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int PASSWORD_LENGTH = 20;

  private final SecureRandom random = new SecureRandom();

  @Inject KeycloakAdmin admin;

  @Inject
  @ConfigProperty(name = "keycloak.realm", defaultValue = "recouvra")
  String realm;

  /**
   * Creates a creditor's client application: a confidential client whose service account holds the
   * {@code client-app} role only and whose tokens name the creditor.
   *
   * @throws AccountTakenException when a client of that id exists
   */
  public ClientApp createClientApp(String clientId, String name, CreditorId creditor) {
    Answer created = admin.post("/clients", Representations.clientApp(clientId, name, creditor));
    if (created.status() == CONFLICT) {
      throw new AccountTakenException("clientId");
    }
    String id = expectSuccess(created, "create a client").createdId();
    try {
      String secret =
          expectSuccess(admin.get("/clients/" + id + "/client-secret"), "read a client secret")
              .object()
              .getString("value");
      String serviceAccount =
          expectSuccess(
                  admin.get("/clients/" + id + "/service-account-user"), "read a service account")
              .object()
              .getString("id");
      grantOnly(serviceAccount, Role.CLIENT_APP);
      return new ClientApp(id, clientId, secret);
    } catch (RuntimeException e) {
      removeQuietly("/clients/" + id);
      throw e;
    }
  }

  /**
   * Creates a staff account of a creditor with one role and a temporary password.
   *
   * @throws AccountTakenException when an account of that e-mail address exists
   */
  public StaffAccount createStaffAccount(NewStaffAccount person, Role role, CreditorId creditor) {
    String password = temporaryPassword();
    Answer created = admin.post("/users", Representations.staffUser(person, creditor, password));
    if (created.status() == CONFLICT) {
      throw new AccountTakenException("email");
    }
    String id = expectSuccess(created, "create an account").createdId();
    try {
      grantOnly(id, role);
      return new StaffAccount(id, person.email(), password);
    } catch (RuntimeException e) {
      removeQuietly("/users/" + id);
      throw e;
    }
  }

  /** Removes a client application created by {@link #createClientApp}. */
  public void remove(ClientApp app) {
    removeQuietly("/clients/" + app.internalId());
  }

  /** Removes a staff account created by {@link #createStaffAccount}. */
  public void remove(StaffAccount account) {
    removeQuietly("/users/" + account.subject());
  }

  /** The subject of the account signing in as {@code username}, if it holds {@code role}. */
  public Optional<String> subjectWithRole(String username, Role role) {
    String query =
        "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    return expectSuccess(admin.get(query), "find an account")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(user -> username.equalsIgnoreCase(user.getString("username", "")))
        .map(user -> user.getString("id"))
        .filter(subject -> holds(subject, role))
        .findFirst();
  }

  /** The name the account {@code subject} signs in with, if it still exists. */
  public Optional<String> usernameOf(String subject) {
    Answer user = admin.get("/users/" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
    if (user.status() == NOT_FOUND) {
      return Optional.empty();
    }
    return Optional.of(expectSuccess(user, "read an account").object().getString("username"));
  }

  private boolean holds(String subject, Role role) {
    return expectSuccess(
            admin.get("/users/" + subject + "/role-mappings/realm/composite"), "read roles")
        .array()
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(r -> role.tokenName().equals(r.getString("name", "")));
  }

  /**
   * Gives the account exactly {@code role}: the realm's default roles, which make every
   * self-registered person a debtor, are taken away from staff and client applications.
   */
  private void grantOnly(String userId, Role role) {
    String mappings = "/users/" + userId + "/role-mappings/realm";
    expectSuccess(
        admin.post(mappings, Representations.roles(role(role.tokenName()))), "grant a role");
    expectSuccess(
        admin.delete(mappings, Representations.roles(role("default-roles-" + realm))),
        "remove the default roles");
  }

  private JsonObject role(String name) {
    return expectSuccess(admin.get("/roles/" + name), "read a role").object();
  }

  private void removeQuietly(String path) {
    try {
      Answer removed = admin.delete(path);
      if (!removed.isSuccess() && removed.status() != NOT_FOUND) {
        LOG.warning(() -> "Keycloak kept " + path + " (HTTP " + removed.status() + "); remove it");
      }
    } catch (IdentityProviderUnavailableException e) {
      LOG.warning(() -> "Keycloak kept " + path + ", unreachable; remove it by hand");
    }
  }

  private String temporaryPassword() {
    StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
