package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.BearerClient;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.KeycloakServer;
import io.recouvra.it.support.MintedToken;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Identity through verified tokens, against the suite's real Keycloak: each role's token reaches an
 * operation its role allows; a token that fails verification is stopped with HTTP 401 and a GraphQL
 * error of code UNAUTHENTICATED, before any operation runs; a request with no identity at all
 * reaches the API, which refuses each operation with UNAUTHENTICATED (HTTP 200, as for every
 * GraphQL error). The demo creditors of the realm's tokens (Acme...) do not exist in the suite's
 * database: tenant tests use tokens minted with the realm's key for creditors made here.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class TokensIT {

  @RegisterExtension static final CreditorFixture owner = new CreditorFixture();
  @RegisterExtension static final CreditorFixture reader = new CreditorFixture();

  private static final String CREDITOR = "{ creditor { id legalName } }";
  private static final String DEBTS =
      "{ debts(first: 5) { edges { node { id debtor { name debts(first: 1) { edges { node { id }"
          + " } } } } } } }";

  private static BearerClient api;
  private static String ownersDebtId;

  @BeforeAll
  static void registerTheOwnersDebt(SuiteServer server) {
    api = new BearerClient(server.baseUri());
    ownersDebtId = owner.register(DebtInput.valid()).string("registerDebt.debt.id");
  }

  @Test
  void letsTheClientAppOfKeycloakReadItsCreditorsDebts(Tokens tokens) {
    String token = tokens.clientApp("acme-app");

    api.graphql(CREDITOR, token).assertNoErrors();
    assertThat(api.graphql(DEBTS, token).assertNoErrors().list("debts.edges")).isNotNull();
  }

  @Test
  void letsACreditControllerReadDebts(Tokens tokens) {
    GraphQlResponse debts = api.graphql(DEBTS, tokens.user("controller.acme"));

    assertThat(debts.assertNoErrors().list("debts.edges")).isNotNull();
  }

  @Test
  void letsAComplianceOfficerReadTheAuditTrail(Tokens tokens) {
    GraphQlResponse audit =
        api.graphql(
            "{ auditTrail(first: 1) { pageInfo { hasNextPage } } }", tokens.user("officer.acme"));

    audit.assertNoErrors();
  }

  @Test
  void letsADebtorAndAnAgencyAskWhoTheyAre(Tokens tokens) {
    String query = "{ viewer { __typename } }";

    api.graphql(query, tokens.user("debtor.camille")).assertNoErrors();
    api.graphql(query, tokens.user("agency.demo")).assertNoErrors();
    api.graphql(DEBTS, tokens.user("debtor.camille")).assertNoErrors();
  }

  @Test
  void letsAnAdministratorCreateACreditor(Tokens tokens) {
    GraphQlResponse created =
        api.graphql(
            Operations.CREATE_CREDITOR,
            Map.of("input", creditorInput("IT TokensIT Admin SAS")),
            tokens.user("admin"));

    assertThat(created.assertNoUserErrors("createCreditor").string("createCreditor.creditor.id"))
        .isNotBlank();
  }

  @Test
  void takesTheRolesFromTheToken(Tokens tokens) {
    GraphQlResponse created =
        api.graphql(
            Operations.CREATE_CREDITOR,
            Map.of("input", creditorInput("IT TokensIT Refused SAS")),
            tokens.user("controller.acme"));

    assertThat(created.errorCodes()).containsExactly("FORBIDDEN");
  }

  @Test
  void takesTheTenantFromTheTokenInsideTheResolvers(Tokens tokens) {
    String token = tokens.mint("client-app").creditor(uuidOf(owner.id())).encoded();

    GraphQlResponse creditor = api.graphql(CREDITOR, token).assertNoErrors();
    GraphQlResponse debts = api.graphql(DEBTS, token).assertNoErrors();

    assertThat(creditor.string("creditor.id")).isEqualTo(owner.id());
    assertThat(debts.nodeIds("debts")).contains(ownersDebtId);
  }

  @Test
  void refusesEveryOperationToARequestWithNoIdentity() {
    GraphQlResponse response = api.withoutIdentity(CREDITOR);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.errorCodes()).containsExactly("UNAUTHENTICATED");
    assertThat(response.isNull("creditor")).isTrue();
  }

  @Test
  void refusesAnExpiredToken(Tokens tokens) {
    MintedToken valid = tokens.mint("client-app").creditor(uuidOf(owner.id()));

    assertAccepted(valid);
    assertRefused(valid.expiredFor(Duration.ofMinutes(10)));
  }

  @Test
  void refusesATokenSignedByAnotherKey(Tokens tokens) {
    MintedToken valid = tokens.mint("client-app").creditor(uuidOf(owner.id()));

    assertAccepted(valid);
    assertRefused(valid.signedByAnotherKey());
  }

  @Test
  void refusesATokenOfAnotherIssuer(Tokens tokens) {
    MintedToken valid = tokens.mint("client-app").creditor(uuidOf(owner.id()));

    assertAccepted(valid);
    assertRefused(valid.issuer(KeycloakServer.baseUrl() + "/realms/master"));
  }

  @Test
  void refusesATokenForAnotherAudience(Tokens tokens) {
    MintedToken valid = tokens.mint("client-app").creditor(uuidOf(owner.id()));

    assertAccepted(valid);
    assertRefused(valid.audience("another-api"));
  }

  @Test
  void refusesAnUnsignedToken(Tokens tokens) {
    MintedToken valid = tokens.mint("client-app").creditor(uuidOf(owner.id()));

    assertAccepted(valid);
    assertRefused(valid.unsigned());
  }

  @Test
  void showsAnotherCreditorsDebtToTheClientAppOfKeycloakAsAMissingOne(Tokens tokens) {
    String token = tokens.clientApp("acme-app");

    assertSameAsUnknown(Operations.DEBT, "debt", token);
    assertSameAsUnknown(Operations.NODE, "node", token);
  }

  @Test
  void showsAnotherCreditorsDebtToAnotherCreditorsTokenAsAMissingOne(Tokens tokens) {
    String token = tokens.mint("client-app").creditor(uuidOf(reader.id())).encoded();

    assertSameAsUnknown(Operations.DEBT, "debt", token);
    assertSameAsUnknown(Operations.NODE, "node", token);
    assertThat(api.graphql(DEBTS, token).assertNoErrors().nodeIds("debts"))
        .doesNotContain(ownersDebtId);
  }

  private static void assertAccepted(MintedToken token) {
    GraphQlResponse response = api.graphql(CREDITOR, token.encoded());

    assertThat(response.assertNoErrors().string("creditor.id")).isEqualTo(owner.id());
  }

  private static void assertRefused(MintedToken token) {
    GraphQlResponse response = api.graphql(CREDITOR, token.encoded());

    assertThat(response.status()).as("answer %s", response).isEqualTo(401);
    assertThat(response.errorCodes()).containsExactly("UNAUTHENTICATED");
    assertThat(response.json().containsKey("data")).as("no operation ran").isFalse();
  }

  private static void assertSameAsUnknown(String operation, String path, String token) {
    String unknownId = GlobalIds.unknownLike(ownersDebtId);

    GraphQlResponse foreign = api.graphql(operation, Map.of("id", ownersDebtId), token);
    GraphQlResponse missing = api.graphql(operation, Map.of("id", unknownId), token);

    assertThat(foreign.isNull(path)).as("answer to %s", foreign).isTrue();
    assertThat(normalised(foreign, ownersDebtId)).isEqualTo(normalised(missing, unknownId));
  }

  private static String normalised(GraphQlResponse response, String id) {
    return "HTTP " + response.status() + " " + response.body().replace(id, "<id>");
  }

  /** A valid new creditor; its SIREN is the demo Acme's, a creditor the suite never creates. */
  private static Map<String, Object> creditorInput(String legalName) {
    return Map.of(
        "legalName",
        legalName,
        "siren",
        "732829320",
        "naturalPersonOutsideTrade",
        false,
        "address",
        Map.of(
            "lines", List.of("1 quai des Tokens"),
            "postalCode", "69002",
            "city", "Lyon",
            "country", "FR"),
        "iban",
        "FR7630006000011234567890189",
        "timeZone",
        "Europe/Paris");
  }

  /** The UUID inside a global id (base64url of "Type:uuid"). */
  private static String uuidOf(String globalId) {
    String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
    return List.of(decoded.split(":", 2)).get(1);
  }
}
