package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.BearerClient;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlClient;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RealmAccounts;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.Tokens;
import io.recouvra.it.support.UserError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrator onboards a creditor through Keycloak's admin API: the client app's credentials
 * work at Keycloak and reach the new creditor only; the first credit controller's account exists
 * with that role alone, its creditor and a password to replace; a refusal at any step leaves
 * nothing behind, in the database or at Keycloak.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class OnboardingIT {

  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static final String CREDITOR = "{ creditor { id legalName } }";
  private static final String UPDATE =
      """
      mutation U($input: UpdateCreditorInput!) {
        updateCreditor(input: $input) {
          creditor { id iban bic address { city } }
          userErrors { field message code }
        }
      }
      """;
  private static final String CREDITOR_NAMES =
      "query($after: String) { creditors(first: 100, after: $after) { edges { node { legalName } }"
          + " pageInfo { hasNextPage endCursor } } }";

  private GraphQlClient api;
  private BearerClient bearer;
  private Tokens tokens;
  private RealmAccounts realm;

  @BeforeEach
  void connect(GraphQlClient api, SuiteServer server, Tokens tokens) {
    this.api = api;
    this.bearer = new BearerClient(server.baseUri());
    this.tokens = tokens;
    this.realm = new RealmAccounts(tokens);
  }

  @Test
  void onboardsACreditorWhoseAppReachesItAlone() {
    Map<String, Object> input = onboarding();

    GraphQlResponse onboarded = onboard(input).assertNoUserErrors("onboardCreditor");

    String creditorId = onboarded.string("onboardCreditor.creditor.id");
    String clientId = onboarded.string("onboardCreditor.clientApp.clientId");
    String appToken =
        tokens.clientApp(clientId, onboarded.string("onboardCreditor.clientApp.clientSecret"));
    assertThat(clientId).isEqualTo(input.get("clientId"));
    assertThat(bearer.graphql(CREDITOR, appToken).assertNoErrors().string("creditor.id"))
        .isEqualTo(creditorId);
    GraphQlResponse registered =
        bearer.graphql(Operations.REGISTER_DEBT, DebtInput.valid().asVariables(), appToken);
    assertThat(registered.userErrors("registerDebt")).isEmpty();
    GraphQlResponse foreign =
        bearer.graphql(
            Operations.DEBT, Map.of("id", registered.string("registerDebt.debt.id")), otherToken());
    assertThat(foreign.isNull("debt")).isTrue();
  }

  @Test
  void createsTheFirstControllerWithThatRoleAloneAndAPasswordToReplace() {
    Map<String, Object> input = onboarding();
    String email = staffEmail(input);

    GraphQlResponse onboarded = onboard(input).assertNoUserErrors("onboardCreditor");

    RealmAccounts.Account account = realm.account(email).orElseThrow();
    String creditorUuid = GlobalIds.uuidOf(onboarded.string("onboardCreditor.creditor.id"));
    assertThat(onboarded.string("onboardCreditor.firstStaff.username")).isEqualTo(email);
    assertThat(onboarded.string("onboardCreditor.firstStaff.temporaryPassword")).hasSize(20);
    assertThat(account.roles()).contains("credit-controller").doesNotContain("debtor", "admin");
    assertThat(account.attribute("creditor")).isEqualTo(creditorUuid);
    assertThat(account.requiredActions()).contains("UPDATE_PASSWORD");
  }

  @Test
  void refusesBadInputNamingEachFieldAndCreatesNothing() {
    Map<String, Object> input = onboarding();
    Map<String, Object> creditor = new HashMap<>(creditorOf(input));
    creditor.put("legalName", " ");
    input.put("creditor", creditor);
    input.put("clientId", "Not A Client Id!");
    input.put("firstStaff", Map.of("email", "not-an-email", "firstName", "", "lastName", "Test"));

    GraphQlResponse refused = onboard(input);

    assertThat(refused.userErrors("onboardCreditor"))
        .extracting(UserError::field)
        .contains(
            List.of("input", "creditor", "legalName"),
            List.of("input", "clientId"),
            List.of("input", "firstStaff", "email"),
            List.of("input", "firstStaff", "firstName"));
    assertThat(refused.isNull("onboardCreditor.creditor")).isTrue();
    assertThat(realm.account("not-an-email")).isEmpty();
  }

  @Test
  void aTakenClientIdLeavesNoAccountAndNoCreditor() {
    Map<String, Object> first = onboarding();
    onboard(first).assertNoUserErrors("onboardCreditor");
    Map<String, Object> second = onboarding();
    second.put("clientId", first.get("clientId"));

    GraphQlResponse refused = onboard(second);

    assertThat(refused.userErrors("onboardCreditor"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "clientId"), "ALREADY_TAKEN"));
    assertThat(realm.account(staffEmail(second))).isEmpty();
    assertThat(legalNamesOfCreditors())
        .doesNotContain((String) creditorOf(second).get("legalName"));
  }

  @Test
  void aTakenEmailUndoesTheClientAppAlreadyCreated() {
    Map<String, Object> first = onboarding();
    onboard(first).assertNoUserErrors("onboardCreditor");
    Map<String, Object> second = onboarding();
    second.put("firstStaff", first.get("firstStaff"));

    GraphQlResponse refused = onboard(second);

    assertThat(refused.userErrors("onboardCreditor"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "firstStaff", "email"), "ALREADY_TAKEN"));
    assertThat(realm.hasClient((String) second.get("clientId"))).isFalse();
    assertThat(legalNamesOfCreditors())
        .doesNotContain((String) creditorOf(second).get("legalName"));
  }

  @Test
  void onlyAdministratorsOnboard() {
    Map<String, Object> input = onboarding();

    GraphQlResponse refused =
        api.graphql(Operations.ONBOARD_CREDITOR, Map.of("input", input), other.creditController());

    assertThat(refused.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(realm.hasClient((String) input.get("clientId"))).isFalse();
  }

  @Test
  void anAdministratorCorrectsTheMasterDataAndOnlyWhatIsValid() {
    String id =
        onboard(onboarding())
            .assertNoUserErrors("onboardCreditor")
            .string("onboardCreditor.creditor.id");
    Map<String, Object> correction = new HashMap<>();
    correction.put("id", id);
    correction.put("iban", "FR76 3000 4000 0312 3456 7890 143");
    correction.put("bic", "");
    correction.put(
        "address",
        Map.of(
            "lines",
            List.of("2 rue Neuve"),
            "postalCode",
            "69001",
            "city",
            "Lyon",
            "country",
            "FR"));

    GraphQlResponse corrected = api.graphql(UPDATE, Map.of("input", correction), Identity.admin());
    correction.put("iban", "FR76 3000 4000 0312 3456 7890 144");
    correction.put("timeZone", "Mars/Olympus");
    GraphQlResponse refused = api.graphql(UPDATE, Map.of("input", correction), Identity.admin());
    GraphQlResponse byController =
        api.graphql(
            UPDATE, Map.of("input", Map.of("id", id, "legalName", "X")), other.creditController());
    GraphQlResponse unknown =
        api.graphql(
            UPDATE,
            Map.of("input", Map.of("id", GlobalIds.unknownLike(id), "legalName", "X")),
            Identity.admin());

    assertThat(corrected.userErrors("updateCreditor")).isEmpty();
    assertThat(corrected.string("updateCreditor.creditor.iban"))
        .isEqualTo("FR7630004000031234567890143");
    assertThat(corrected.string("updateCreditor.creditor.address.city")).isEqualTo("Lyon");
    assertThat(corrected.isNull("updateCreditor.creditor.bic")).isTrue();
    assertThat(refused.userErrors("updateCreditor"))
        .extracting(UserError::field)
        .containsExactlyInAnyOrder(List.of("input", "iban"), List.of("input", "timeZone"));
    assertThat(byController.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(unknown.userErrors("updateCreditor"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "id"), "NOT_FOUND"));
    GraphQlResponse after =
        api.graphql(
                "query($id: ID!) { node(id: $id) { ... on Creditor { iban legalName } } }",
                Map.of("id", id),
                Identity.admin())
            .assertNoErrors();
    assertThat(after.string("node.iban")).isEqualTo("FR7630004000031234567890143");
  }

  private GraphQlResponse onboard(Map<String, Object> input) {
    return api.graphql(Operations.ONBOARD_CREDITOR, Map.of("input", input), Identity.admin());
  }

  private String otherToken() {
    return tokens.clientApp(
        other.clientApp().credentials().orElseThrow().clientId(),
        other.clientApp().credentials().orElseThrow().secret());
  }

  /** Every creditor's legal name, page after page. */
  private List<String> legalNamesOfCreditors() {
    List<String> names = new ArrayList<>();
    String after = null;
    do {
      Map<String, Object> variables = new HashMap<>();
      variables.put("after", after);
      GraphQlResponse page =
          api.graphql(CREDITOR_NAMES, variables, Identity.admin()).assertNoErrors();
      page.list("creditors.edges").stream()
          .map(edge -> edge.asJsonObject().getJsonObject("node").getString("legalName"))
          .forEach(names::add);
      after =
          page.bool("creditors.pageInfo.hasNextPage")
              ? page.string("creditors.pageInfo.endCursor")
              : null;
    } while (after != null);
    return names;
  }

  private static Map<String, Object> onboarding() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> input = new HashMap<>();
    input.put("creditor", CreditorFixture.creditorInputFor("Onboarded " + unique + " SAS"));
    input.put("clientId", "onboarded-" + unique);
    input.put(
        "firstStaff",
        Map.of("email", "first-" + unique + "@it.example", "firstName", "Inès", "lastName", "Roy"));
    return input;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> creditorOf(Map<String, Object> input) {
    return (Map<String, Object>) input.get("creditor");
  }

  @SuppressWarnings("unchecked")
  private static String staffEmail(Map<String, Object> input) {
    return (String) ((Map<String, Object>) input.get("firstStaff")).get("email");
  }
}
