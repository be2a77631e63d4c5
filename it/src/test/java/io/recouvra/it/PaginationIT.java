package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Twenty-five debts: debt i is due on 1 March 2026 + i days, has a principal of (i + 1) x 10.00
 * EUR, belongs to the first debtor when i is a multiple of 5 (the second otherwise), and debts 0 to
 * 2 are cancelled (balance 0).
 */
@RecouvraIT
class PaginationIT {

  private static final int COUNT = 25;
  private static final LocalDate FIRST_DUE = LocalDate.of(2026, 3, 1);

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  private static final List<String> ids = new ArrayList<>();
  private static String firstDebtorId;

  @BeforeAll
  static void registerDebts() {
    String firstCustomer = "CUST-" + DebtInput.shortUnique();
    String secondCustomer = "CUST-" + DebtInput.shortUnique();
    for (int i = 0; i < COUNT; i++) {
      LocalDate due = FIRST_DUE.plusDays(i);
      DebtInput input =
          DebtInput.valid()
              .principal((i + 1) * 10 + ".00", "EUR")
              .dates("2026-02-01", due.toString(), due.toString())
              .customerReference(i % 5 == 0 ? firstCustomer : secondCustomer);
      GraphQlResponse registered = creditor.register(input);
      ids.add(registered.string("registerDebt.debt.id"));
      if (i == 0) {
        firstDebtorId = registered.string("registerDebt.debt.debtor.id");
      }
    }
    for (int i = 0; i < 3; i++) {
      Map<String, Object> cancellation = Map.of("id", ids.get(i), "reason", "Registered twice");
      creditor
          .api()
          .graphql(
              Operations.CANCEL_DEBT, Map.of("input", cancellation), creditor.creditController())
          .assertNoUserErrors("cancelDebt");
    }
  }

  @Test
  void pagesThroughEveryDebtOnceWithCursors() {
    List<String> seen = new ArrayList<>();
    List<Boolean> hasNextPages = new ArrayList<>();
    String after = null;
    do {
      Map<String, Object> variables = new HashMap<>(Map.of("first", 10));
      variables.put("after", after);
      GraphQlResponse page = debts(variables);
      List<String> pageIds = page.nodeIds("debts");
      assertThat(pageIds).hasSizeLessThanOrEqualTo(10);
      seen.addAll(pageIds);
      hasNextPages.add(page.bool("debts.pageInfo.hasNextPage"));
      after =
          page.isNull("debts.pageInfo.endCursor") ? null : page.string("debts.pageInfo.endCursor");
      assertThat(hasNextPages).hasSizeLessThanOrEqualTo(3);
    } while (hasNextPages.get(hasNextPages.size() - 1));

    assertThat(hasNextPages).containsExactly(true, true, false);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void listsDebtsByDueDate() {
    assertThat(debts(Map.of("first", 100)).nodeIds("debts")).containsExactlyElementsOf(ids);
  }

  @Test
  void edgeCursorsContinueThePage() {
    GraphQlResponse firstPage = debts(Map.of("first", 10));
    String fifthCursor = firstPage.string("debts.edges.4.cursor");

    GraphQlResponse fromFifth = debts(Map.of("first", 5, "after", fifthCursor));

    assertThat(fromFifth.nodeIds("debts")).isEqualTo(firstPage.nodeIds("debts").subList(5, 10));
  }

  @Test
  void filtersByStatus() {
    assertThat(filtered(Map.of("status", "CLOSED")))
        .containsExactlyInAnyOrderElementsOf(where(i -> i < 3));
    assertThat(filtered(Map.of("status", "OPEN")))
        .containsExactlyInAnyOrderElementsOf(where(i -> i >= 3));
  }

  @Test
  void filtersByDueDateRangeBoundsIncluded() {
    Map<String, Object> filter =
        Map.of(
            "dueFrom", FIRST_DUE.plusDays(5).toString(), "dueTo", FIRST_DUE.plusDays(9).toString());

    assertThat(filtered(filter)).containsExactlyInAnyOrderElementsOf(where(i -> i >= 5 && i <= 9));
  }

  @Test
  void filtersByMinimumBalanceIncluded() {
    assertThat(filtered(Map.of("minimumBalance", "200.00")))
        .containsExactlyInAnyOrderElementsOf(where(i -> (i + 1) * 10 >= 200));
    assertThat(filtered(Map.of("minimumBalance", "0.01")))
        .containsExactlyInAnyOrderElementsOf(where(i -> i >= 3));
  }

  @Test
  void filtersByDebtor() {
    assertThat(filtered(Map.of("debtorId", firstDebtorId)))
        .containsExactlyInAnyOrderElementsOf(where(i -> i % 5 == 0));
  }

  @Test
  void combinesFilters() {
    Map<String, Object> filter = Map.of("debtorId", firstDebtorId, "status", "OPEN");

    assertThat(filtered(filter))
        .containsExactlyInAnyOrderElementsOf(where(i -> i % 5 == 0 && i >= 3));
  }

  private static List<String> filtered(Map<String, Object> filter) {
    GraphQlResponse page = debts(Map.of("first", 100, "filter", filter));
    assertThat(page.bool("debts.pageInfo.hasNextPage")).isFalse();
    return page.nodeIds("debts");
  }

  private static List<String> where(IntPredicate selected) {
    return IntStream.range(0, COUNT).filter(selected).mapToObj(ids::get).toList();
  }

  private static GraphQlResponse debts(Map<String, Object> variables) {
    return creditor
        .api()
        .graphql(Operations.DEBTS, variables, creditor.creditController())
        .assertNoErrors();
  }
}
