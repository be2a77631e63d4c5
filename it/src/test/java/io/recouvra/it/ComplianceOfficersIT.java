package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.BearerClient;
import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.KeycloakExtension;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.SuiteServer;
import io.recouvra.it.support.Tokens;
import io.recouvra.it.support.UserError;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators assign creditors to compliance officers, who then oversee those creditors and no
 * others; the demo realm's {@code officer.acme} signs in at the suite's Keycloak.
 */
@RecouvraIT
@ExtendWith(KeycloakExtension.class)
class ComplianceOfficersIT {

  @RegisterExtension static final CreditorFixture assigned = new CreditorFixture();
  @RegisterExtension static final CreditorFixture unassigned = new CreditorFixture();

  /** officer.acme's fixed account id in realm-demo.json. */
  private static final String OFFICER_ID = "00000000-0000-4000-8000-0000000000f1";

  private static final String ASSIGN =
      """
      mutation A($input: ComplianceOfficerInput!) {
        assignComplianceOfficer(input: $input) {
          assignment { officer officerAccountId since assignedBy }
          userErrors { field message code }
        }
      }
      """;
  private static final String WITHDRAW =
      """
      mutation W($input: ComplianceOfficerInput!) {
        withdrawComplianceOfficer(input: $input) {
          assignment { officer }
          userErrors { field message code }
        }
      }
      """;
  private static final String CREDITORS = "{ creditors(first: 100) { edges { node { id } } } }";
  private static final String AUDIT =
      "{ auditTrail(first: 100) { nodes { action targets } pageInfo { hasNextPage } } }";
  private static final String OFFICERS_OF =
      "query($id: ID!) { node(id: $id) { ... on Creditor { complianceOfficers { officer"
          + " officerAccountId } } } }";

  private BearerClient bearer;
  private Tokens tokens;

  @BeforeEach
  void connect(SuiteServer server, Tokens tokens) {
    this.bearer = new BearerClient(server.baseUri());
    this.tokens = tokens;
  }

  @Test
  void anAssignedOfficerOverseesThatCreditorAloneUntilWithdrawn() {
    assertThat(creditorsSeenByOfficer()).doesNotContain(assigned.id(), unassigned.id());

    GraphQlResponse done = assign(assigned.id(), "officer.acme");

    assertThat(done.userErrors("assignComplianceOfficer")).isEmpty();
    assertThat(done.string("assignComplianceOfficer.assignment.officer")).isEqualTo("officer.acme");
    assertThat(done.string("assignComplianceOfficer.assignment.officerAccountId"))
        .isEqualTo(OFFICER_ID);
    assertThat(creditorsSeenByOfficer()).contains(assigned.id()).doesNotContain(unassigned.id());
    assertThat(auditTargetsSeenByOfficer())
        .contains("Creditor:" + GlobalIds.uuidOf(assigned.id()))
        .doesNotContain("Creditor:" + GlobalIds.uuidOf(unassigned.id()));
    assertThat(
            assigned
                .api()
                .graphql(OFFICERS_OF, Map.of("id", assigned.id()), Identity.admin())
                .assertNoErrors()
                .list("node.complianceOfficers"))
        .extracting(officer -> officer.asJsonObject().getString("officerAccountId"))
        .containsExactly(OFFICER_ID);

    GraphQlResponse withdrawn =
        assigned.api().graphql(WITHDRAW, input(assigned.id(), "officer.acme"), Identity.admin());

    assertThat(withdrawn.userErrors("withdrawComplianceOfficer")).isEmpty();
    assertThat(creditorsSeenByOfficer()).doesNotContain(assigned.id());
  }

  @Test
  void assigningTwiceKeepsOneAssignment() {
    assign(unassigned.id(), "officer.acme").assertNoUserErrors("assignComplianceOfficer");
    assign(unassigned.id(), "officer.acme").assertNoUserErrors("assignComplianceOfficer");

    List<JsonValue> officers =
        unassigned
            .api()
            .graphql(OFFICERS_OF, Map.of("id", unassigned.id()), Identity.admin())
            .assertNoErrors()
            .list("node.complianceOfficers");

    assertThat(officers).hasSize(1);
    unassigned
        .api()
        .graphql(WITHDRAW, input(unassigned.id(), "officer.acme"), Identity.admin())
        .assertNoUserErrors("withdrawComplianceOfficer");
  }

  @Test
  void refusesAnAccountThatIsNotAnOfficerAndAnUnknownCreditor() {
    GraphQlResponse notAnOfficer = assign(assigned.id(), "controller.acme");
    GraphQlResponse noSuchCreditor = assign(GlobalIds.unknownLike(assigned.id()), "officer.acme");

    assertThat(notAnOfficer.userErrors("assignComplianceOfficer"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "officer"), "NOT_FOUND"));
    assertThat(noSuchCreditor.userErrors("assignComplianceOfficer"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "creditorId"), "NOT_FOUND"));
  }

  @Test
  void onlyAdministratorsAssignOrSeeTheOfficers() {
    GraphQlResponse byController =
        assigned
            .api()
            .graphql(ASSIGN, input(assigned.id(), "officer.acme"), assigned.creditController());
    GraphQlResponse byOfficer =
        bearer.graphql(ASSIGN, input(unassigned.id(), "officer.acme"), officerToken());
    GraphQlResponse officersSeenByController =
        assigned
            .api()
            .graphql(OFFICERS_OF, Map.of("id", assigned.id()), assigned.creditController());

    assertThat(byController.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(byOfficer.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(officersSeenByController.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(creditorsSeenByOfficer()).doesNotContain(unassigned.id());
  }

  private GraphQlResponse assign(String creditorId, String officer) {
    return assigned.api().graphql(ASSIGN, input(creditorId, officer), Identity.admin());
  }

  private static Map<String, Object> input(String creditorId, String officer) {
    return Map.of("input", Map.of("creditorId", creditorId, "officer", officer));
  }

  private String officerToken() {
    return tokens.user("officer.acme");
  }

  private List<String> creditorsSeenByOfficer() {
    return bearer.graphql(CREDITORS, officerToken()).assertNoErrors().nodeIds("creditors");
  }

  private List<String> auditTargetsSeenByOfficer() {
    return bearer.graphql(AUDIT, officerToken()).assertNoErrors().list("auditTrail.nodes").stream()
        .flatMap(
            entry ->
                entry.asJsonObject().getJsonArray("targets").getValuesAs(JsonValue.class).stream())
        .map(target -> ((jakarta.json.JsonString) target).getString())
        .toList();
  }
}
