package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.RecouvraIT;
import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RecouvraIT
class LimitsIT {

  /** node(id) then nine nested fields: ten levels; %s is the innermost selection on a debt. */
  private static final String NESTED_FROM_NODE =
      """
      query Nested($id: ID!) { node(id: $id) { ... on Debt { debtor { debts(first: 1) {
          edges { node { debtor { debts(first: 1) { edges { node { %s } } } } } } } } } } }
      """;

  private static final String NESTED_CONNECTIONS =
      """
      { debts(first: %d) { edges { node { id debtor {
          debts(first: %d) { edges { node { id } } } } } } } }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  private static String debtId;

  @BeforeAll
  static void registerOneDebt() {
    debtId = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
  }

  @ParameterizedTest
  @ValueSource(ints = {101, 10_000})
  void refusesAPageLargerThanOneHundred(int first) {
    GraphQlResponse response =
        query("{ debts(first: %d) { edges { node { id } } } }".formatted(first));

    assertThat(response.errorCodes()).containsExactly("PAGE_TOO_LARGE");
    assertThat(response.errors().get(0).raw().toString()).contains("first");
  }

  @Test
  void acceptsAPageOfExactlyOneHundred() {
    GraphQlResponse response = query("{ debts(first: 100) { edges { node { id } } } }");

    response.assertNoErrors();
  }

  @Test
  void acceptsAQueryNestedTenLevelsDeep() {
    GraphQlResponse response = nestedFromNode("id");

    response.assertNoErrors();
    assertThat(response.string("node.debtor.debts.edges.0.node.debtor.debts.edges.0.node.id"))
        .isEqualTo(debtId);
  }

  @Test
  void refusesAQueryNestedElevenLevelsDeep() {
    GraphQlResponse response = nestedFromNode("debtor { id }");

    assertThat(response.errorCodes()).containsExactly("QUERY_TOO_DEEP");
  }

  /**
   * Twelve nested fields, each connection asking for one item, so that only the depth is at fault.
   */
  @Test
  void refusesAQueryNestedTwelveLevelsDeep() {
    String deep =
        """
        { debts(first: 1) { edges { node { debtor { debts(first: 1) { edges { node {
            debtor { debts(first: 1) { edges { node { id } } } } } } } } } } } }
        """;

    GraphQlResponse response = query(deep);

    assertThat(response.errorCodes()).containsExactly("QUERY_TOO_DEEP");
    assertThat(response.json().get("data")).isIn(null, JsonValue.NULL);
  }

  @Test
  void refusesNestedConnectionsWhoseCostMultipliesPastTheLimit() {
    GraphQlResponse response = query(NESTED_CONNECTIONS.formatted(100, 100));

    assertThat(response.errorCodes()).containsExactly("QUERY_TOO_COSTLY");
    assertThat(response.json().get("data")).isIn(null, JsonValue.NULL);
  }

  /** The cost of nested connections is the product of their page sizes, at most 2,000. */
  @Test
  void acceptsNestedConnectionsAtTheCostLimit() {
    GraphQlResponse response = query(NESTED_CONNECTIONS.formatted(20, 100));

    response.assertNoErrors();
    assertThat(response.nodeIds("debts")).containsExactly(debtId);
  }

  @Test
  void refusesNestedConnectionsJustAboveTheCostLimit() {
    GraphQlResponse response = query(NESTED_CONNECTIONS.formatted(21, 100));

    assertThat(response.errorCodes()).containsExactly("QUERY_TOO_COSTLY");
  }

  @Test
  void refusesAMutationSentWithGetAndWritesNothing() {
    DebtInput input = DebtInput.valid();
    String mutation =
        """
        mutation { registerDebt(input: {
          externalReference: "%s", principal: { amount: "10.00", currency: "EUR" },
          issuedOn: "2026-10-01", dueOn: "2026-10-31",
          debtor: { customerReference: "%s", type: CONSUMER, name: "Sam Leroy" } }) {
          debt { id } userErrors { code } } }
        """
            .formatted(input.externalReference(), input.customerReference());

    GraphQlResponse response = creditor.api().graphqlOverGet(mutation, creditor.clientApp());

    assertThat(response.status() == 405 || !response.errors().isEmpty())
        .as("refused with HTTP 405 or a GraphQL error: %s", response)
        .isTrue();
    GraphQlResponse debts = query("{ debts(first: 100) { edges { node { externalReference } } } }");
    assertThat(debts.assertNoErrors().list("debts.edges"))
        .extracting(
            edge -> edge.asJsonObject().getJsonObject("node").getString("externalReference"))
        .hasSize(1)
        .doesNotContain(input.externalReference());
  }

  @Test
  void answersMalformedJsonWithoutRevealingTheServerInternals() {
    GraphQlResponse response =
        creditor.api().postGraphQl("{\"query\": \"{ __typename }\", ", creditor.creditController());

    assertThat(response.status() >= 400 || !response.errors().isEmpty())
        .as("refused: %s", response)
        .isTrue();
    assertThat(response.body()).doesNotContain("Exception", "java.", "at io.");
  }

  private static GraphQlResponse nestedFromNode(String innermost) {
    return creditor
        .api()
        .graphql(
            NESTED_FROM_NODE.formatted(innermost),
            Map.of("id", debtId),
            creditor.creditController());
  }

  private static GraphQlResponse query(String query) {
    return creditor.api().graphql(query, creditor.creditController());
  }
}
