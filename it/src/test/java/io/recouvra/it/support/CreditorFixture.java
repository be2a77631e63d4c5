package io.recouvra.it.support;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh creditor (tenant) for one test class, onboarded through {@code onboardCreditor} by the
 * demo administrator, so that no test depends on demo data or on another class. Its client app
 * calls with a token Keycloak issues for the credentials the onboarding returned. Register it with
 * {@code @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();}.
 */
public final class CreditorFixture implements BeforeAllCallback {

  private static final SecureRandom RANDOM = new SecureRandom();

  private GraphQlClient api;
  private Created created;

  @Override
  public void beforeAll(ExtensionContext context) {
    api = new GraphQlClient(SuiteServerExtension.server(context).baseUri());
    created = create(api, context.getRequiredTestClass().getSimpleName());
  }

  /** A creditor onboarded through {@code api} by the administrator, e.g. on a peer server. */
  public static Created create(GraphQlClient api, String label) {
    GraphQlResponse onboarded =
        api.graphql(
                Operations.ONBOARD_CREDITOR,
                Map.of("input", onboarding("IT " + label + " SAS")),
                Identity.admin())
            .assertNoUserErrors("onboardCreditor");
    return new Created(
        onboarded.string("onboardCreditor.creditor.id"),
        onboarded.string("onboardCreditor.clientApp.clientId"),
        onboarded.string("onboardCreditor.clientApp.clientSecret"));
  }

  /** A creditor made by {@link #create}, with its client app's credentials. */
  public record Created(String id, String clientId, String clientSecret) {
    public Identity clientApp() {
      return Identity.clientApp(id, clientId, clientSecret);
    }
  }

  /** The creditor's global id. */
  public String id() {
    return created.id();
  }

  public GraphQlClient api() {
    return api;
  }

  /** The creditor's own client application. */
  public Identity clientApp() {
    return created.clientApp();
  }

  /** One of the creditor's collection staff. */
  public Identity creditController() {
    return Identity.ofCreditor(id(), "credit-controller");
  }

  /** A caller of this creditor with any roles. */
  public Identity as(String... roles) {
    return Identity.ofCreditor(id(), roles);
  }

  /** Registers a debt as the client app and fails the test on any refusal. */
  public GraphQlResponse register(DebtInput debt) {
    return api.graphql(Operations.REGISTER_DEBT, debt.asVariables(), clientApp())
        .assertNoUserErrors("registerDebt");
  }

  /** An onboarding input: a valid creditor, a unique client id and a unique first staff. */
  static Map<String, Object> onboarding(String legalName) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    return Map.of(
        "creditor",
        creditorInputFor(legalName),
        "clientId",
        "it-" + unique,
        "firstStaff",
        Map.of(
            "email", "controller-" + unique + "@it.example",
            "firstName", "Claire",
            "lastName", "Test"));
  }

  /** A valid creditor's master data, with a random SIREN. */
  public static Map<String, Object> creditorInputFor(String legalName) {
    return Map.of(
        "legalName",
        legalName,
        "siren",
        randomSiren(),
        "naturalPersonOutsideTrade",
        false,
        "address",
        Map.of(
            "lines", List.of("5 place de la Bourse"),
            "postalCode", "75002",
            "city", "Paris",
            "country", "FR"),
        "iban",
        "FR7630006000011234567890189",
        "timeZone",
        "Europe/Paris");
  }

  /** Eight random digits and a Luhn check digit, as INSEE builds a SIREN. */
  static String randomSiren() {
    int[] digits = new int[9];
    digits[0] = 1 + RANDOM.nextInt(9);
    for (int i = 1; i < 8; i++) {
      digits[i] = RANDOM.nextInt(10);
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int weighted = i % 2 == 1 ? digits[i] * 2 : digits[i];
      sum += weighted > 9 ? weighted - 9 : weighted;
    }
    digits[8] = (10 - sum % 10) % 10;
    StringBuilder siren = new StringBuilder();
    for (int digit : digits) {
      siren.append(digit);
    }
    return siren.toString();
  }
}
