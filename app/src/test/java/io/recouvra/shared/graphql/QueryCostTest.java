package io.recouvra.shared.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCostTest {

  private static QueryCost measure(String query, Map<String, Object> variables) {
    return QueryCost.of(new Parser().parseDocument(query), variables);
  }

  @Test
  void counts_each_field_once_without_connections() {
    QueryCost cost = measure("{ creditor { id legalName address { city } } }", Map.of());

    assertThat(cost.depth()).isEqualTo(3);
    assertThat(cost.cost()).isEqualTo(5);
  }

  @Test
  void multiplies_what_is_under_a_page_by_its_size() {
    QueryCost cost = measure("{ debts(first: 10) { edges { node { id } } } }", Map.of());

    // debts 1, then edges, node and id each 10 times
    assertThat(cost.cost()).isEqualTo(31);
    assertThat(cost.depth()).isEqualTo(4);
  }

  @Test
  void multiplies_nested_connections_and_reads_page_sizes_from_variables() {
    String query =
        "query Q($n: Int) { debtors(first: $n) { edges { node { debts(first: 100) {"
            + " edges { node { id } } } } } } }";

    QueryCost cost = measure(query, Map.of("n", 100L));

    assertThat(cost.cost()).isGreaterThan(30_000);
  }

  @Test
  void takes_the_default_page_size_for_a_connection_without_first() {
    QueryCost cost = measure("{ debts { edges { node { id } } } }", Map.of());

    assertThat(cost.cost()).isEqualTo(1 + 3 * PageSize.DEFAULT);
  }

  @Test
  void follows_fragments_and_ignores_introspection() {
    String query =
        "{ __schema { types { name fields { name } } } debts(first: 5) { ...Page } }"
            + " fragment Page on DebtConnection { edges { node { id } } }";

    QueryCost cost = measure(query, Map.of());

    assertThat(cost.cost()).isEqualTo(1 + 3 * 5);
    assertThat(cost.depth()).isEqualTo(4);
  }

  @Test
  void keeps_the_largest_page_and_the_largest_product_of_nested_pages() {
    String query =
        "{ debtors(first: 20) { edges { node { debts(first: 100) { edges { node { id } } } } } }"
            + " debts(first: 7) { edges { node { id } } } }";

    QueryCost cost = measure(query, Map.of());

    assertThat(cost.largestPage()).isEqualTo(100);
    assertThat(cost.nestedObjects()).isEqualTo(2000);
  }
}
