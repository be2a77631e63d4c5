package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@RecouvraIT
class DebtRegistrationIT {

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  @Test
  void registersADebtWithEveryFieldAnswered() {
    DebtInput input = DebtInput.valid().description("Boiler repair, invoice 2026-117");

    GraphQlResponse response = creditor.register(input);

    String debt = "registerDebt.debt.";
    assertThat(response.string(debt + "id")).isNotBlank();
    assertThat(response.string(debt + "externalReference")).isEqualTo(input.externalReference());
    assertThat(response.string(debt + "description")).isEqualTo("Boiler repair, invoice 2026-117");
    assertThat(response.string(debt + "principal.amount")).isEqualTo("120.50");
    assertThat(response.string(debt + "principal.currency")).isEqualTo("EUR");
    assertThat(response.data(debt + "balance")).isEqualTo(response.data(debt + "principal"));
    assertThat(response.string(debt + "issuedOn")).isEqualTo("2026-10-01");
    assertThat(response.string(debt + "dueOn")).isEqualTo("2026-10-31");
    assertThat(response.string(debt + "exigibleOn")).isEqualTo("2026-10-15");
    assertThat(response.string(debt + "status")).isEqualTo("OPEN");
    assertThat(response.isNull(debt + "closureReason")).isTrue();
    assertThat(response.list(debt + "statusHistory")).hasSize(1);
    assertThat(response.string(debt + "statusHistory.0.status")).isEqualTo("OPEN");
    assertThat(OffsetDateTime.parse(response.string(debt + "registeredAt"))).isNotNull();
    assertThat(response.string(debt + "debtor.id")).isNotBlank();
    assertThat(response.string(debt + "debtor.customerReference"))
        .isEqualTo(input.customerReference());
    assertThat(response.string(debt + "debtor.type")).isEqualTo("CONSUMER");
    assertThat(response.string(debt + "debtor.name")).isEqualTo("Camille Martin");
  }

  @Test
  void givesEachDebtAnRfCreditorReferenceWithValidCheckDigits() {
    String reference =
        creditor.register(DebtInput.valid()).string("registerDebt.debt.creditorReference");

    assertThat(reference).matches("^RF\\d{2}[0-9A-Z]{1,21}$");
    assertThat(iso11649Remainder(reference)).isEqualTo(1);
  }

  @Test
  void showsTheAccessCodeToStaffRoles() {
    GraphQlResponse registered = creditor.register(DebtInput.valid());
    String id = registered.string("registerDebt.debt.id");

    assertThat(registered.string("registerDebt.debt.accessCode")).isNotBlank();
    for (String role : List.of("client-app", "credit-controller")) {
      GraphQlResponse read =
          creditor.api().graphql(Operations.DEBT, Map.of("id", id), creditor.as(role));
      assertThat(read.assertNoErrors().string("debt.accessCode")).as(role).isNotBlank();
    }
  }

  @Test
  void answersTheSameDebtWhenTheSameInputComesTwice() {
    DebtInput input = DebtInput.valid();

    String first = creditor.register(input).string("registerDebt.debt.id");
    String second = creditor.register(input).string("registerDebt.debt.id");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void makesOneDebtOfEightIdenticalConcurrentCalls() throws Exception {
    DebtInput input = DebtInput.valid();
    int callers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<Future<GraphQlResponse>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        answers.add(pool.submit(() -> registerWhenReleased(start, input)));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      String debtorId = null;
      for (Future<GraphQlResponse> answer : answers) {
        GraphQlResponse response =
            answer.get(60, TimeUnit.SECONDS).assertNoUserErrors("registerDebt");
        ids.add(response.string("registerDebt.debt.id"));
        debtorId = response.string("registerDebt.debt.debtor.id");
      }

      assertThat(ids).hasSize(callers).containsOnly(ids.get(0));
      assertThat(debtsOf(debtorId)).containsExactly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesTheSameReferenceWithAnotherAmountAndChangesNothing() {
    DebtInput original = DebtInput.valid();
    GraphQlResponse registered = creditor.register(original);
    String id = registered.string("registerDebt.debt.id");

    GraphQlResponse refused =
        creditor
            .api()
            .graphql(
                Operations.REGISTER_DEBT,
                original.principal("999.00", "EUR").asVariables(),
                creditor.clientApp());

    refused.assertNoErrors();
    assertThat(refused.userErrors("registerDebt"))
        .extracting(UserError::code, UserError::field)
        .containsExactly(tuple("DUPLICATE_REFERENCE", List.of("input", "externalReference")));
    assertThat(refused.isNull("registerDebt.debt")).isTrue();
    GraphQlResponse after = read(id);
    assertThat(after.string("debt.principal.amount")).isEqualTo("120.50");
    assertThat(debtsOf(registered.string("registerDebt.debt.debtor.id"))).containsExactly(id);
  }

  @Test
  void upsertsTheDebtorOnTheCustomerReference() {
    DebtInput first = DebtInput.valid();
    DebtInput second = DebtInput.valid().customerReference(first.customerReference());

    String firstDebtor = creditor.register(first).string("registerDebt.debt.debtor.id");
    GraphQlResponse secondDebt = creditor.register(second);

    assertThat(secondDebt.string("registerDebt.debt.debtor.id")).isEqualTo(firstDebtor);
    GraphQlResponse debtor =
        creditor
            .api()
            .graphql(Operations.DEBTOR, Map.of("id", firstDebtor), creditor.creditController())
            .assertNoErrors();
    assertThat(debtor.string("debtor.customerReference")).isEqualTo(first.customerReference());
    assertThat(debtor.list("debtor.debts.edges")).hasSize(2);
  }

  @Test
  void updatesTheDescriptionAndDates() {
    String id = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
    Map<String, Object> changes =
        Map.of(
            "id", id,
            "description", "Boiler repair, corrected invoice",
            "dueOn", "2026-11-30",
            "exigibleOn", "2026-11-15");

    GraphQlResponse updated =
        creditor
            .api()
            .graphql(Operations.UPDATE_DEBT, Map.of("input", changes), creditor.creditController())
            .assertNoUserErrors("updateDebt");

    assertUpdated(updated, "updateDebt.debt.", id);
    assertUpdated(read(id), "debt.", id);
  }

  private static void assertUpdated(GraphQlResponse answer, String debt, String id) {
    assertThat(answer.string(debt + "id")).isEqualTo(id);
    assertThat(answer.string(debt + "description")).isEqualTo("Boiler repair, corrected invoice");
    assertThat(answer.string(debt + "issuedOn")).isEqualTo("2026-10-01");
    assertThat(answer.string(debt + "dueOn")).isEqualTo("2026-11-30");
    assertThat(answer.string(debt + "exigibleOn")).isEqualTo("2026-11-15");
    assertThat(answer.string(debt + "principal.amount")).isEqualTo("120.50");
  }

  @Test
  void cancelsADebtOnceAndRefusesTheSecondCancellation() {
    String id = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
    Map<String, Object> cancellation =
        Map.of("input", Map.of("id", id, "reason", "Invoice issued in error"));

    GraphQlResponse cancelled =
        creditor
            .api()
            .graphql(Operations.CANCEL_DEBT, cancellation, creditor.creditController())
            .assertNoUserErrors("cancelDebt");

    assertThat(cancelled.string("cancelDebt.debt.status")).isEqualTo("CLOSED");
    assertThat(cancelled.string("cancelDebt.debt.closureReason")).isEqualTo("CANCELLED");
    assertThat(new BigDecimal(cancelled.string("cancelDebt.debt.balance.amount")))
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(cancelled.string("cancelDebt.debt.balance.currency")).isEqualTo("EUR");
    assertThat(cancelled.list("cancelDebt.debt.statusHistory")).hasSize(2);
    assertThat(cancelled.string("cancelDebt.debt.statusHistory.0.status")).isEqualTo("OPEN");
    assertThat(cancelled.string("cancelDebt.debt.statusHistory.1.status")).isEqualTo("CLOSED");
    assertThat(cancelled.string("cancelDebt.debt.statusHistory.1.reason")).isEqualTo("CANCELLED");

    GraphQlResponse again =
        creditor.api().graphql(Operations.CANCEL_DEBT, cancellation, creditor.creditController());

    again.assertNoErrors();
    assertThat(again.userErrors("cancelDebt"))
        .extracting(UserError::code, UserError::field)
        .containsExactly(tuple("ALREADY_CLOSED", List.of("input", "id")));
    assertThat(read(id).list("debt.statusHistory")).hasSize(2);
  }

  private GraphQlResponse registerWhenReleased(CountDownLatch start, DebtInput input)
      throws InterruptedException {
    start.await();
    return creditor
        .api()
        .graphql(Operations.REGISTER_DEBT, input.asVariables(), creditor.clientApp());
  }

  private GraphQlResponse read(String id) {
    return creditor
        .api()
        .graphql(Operations.DEBT, Map.of("id", id), creditor.creditController())
        .assertNoErrors();
  }

  private List<String> debtsOf(String debtorId) {
    GraphQlResponse debts =
        creditor
            .api()
            .graphql(
                Operations.DEBTS,
                Map.of("first", 100, "filter", Map.of("debtorId", debtorId)),
                creditor.creditController())
            .assertNoErrors();
    return debts.nodeIds("debts");
  }

  /** ISO 11649: move "RF" and the check digits to the end, letters to numbers, mod 97. */
  private static int iso11649Remainder(String reference) {
    String rearranged = reference.substring(4) + reference.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.getNumericValue(c));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }
}
