package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Callers are refused by role, and a creditor sees another creditor's objects exactly as it sees
 * objects that do not exist: every answer is compared with the answer for a random unknown id.
 */
@RecouvraIT
class AccessIT {

  @RegisterExtension static final CreditorFixture owner = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static String debtId;
  private static String debtorId;

  @BeforeAll
  static void registerTheOwnersDebt() {
    GraphQlResponse registered = owner.register(DebtInput.valid());
    debtId = registered.string("registerDebt.debt.id");
    debtorId = registered.string("registerDebt.debt.debtor.id");
  }

  @Test
  void refusesAnAnonymousReader() {
    GraphQlResponse response =
        owner.api().graphql(Operations.DEBT, Map.of("id", debtId), Identity.anonymous());

    assertThat(response.errorCodes()).containsExactly("UNAUTHENTICATED");
    assertThat(response.isNull("debt")).isTrue();
  }

  @Test
  void refusesAnAnonymousRegistrationAndWritesNothing() {
    DebtInput input = DebtInput.valid();

    GraphQlResponse response =
        owner.api().graphql(Operations.REGISTER_DEBT, input.asVariables(), Identity.anonymous());

    assertThat(response.errorCodes()).containsExactly("UNAUTHENTICATED");
    assertThat(customerReferencesOfOwner()).doesNotContain(input.customerReference());
  }

  @Test
  void refusesARegistrationByADebtor() {
    DebtInput input = DebtInput.valid();

    GraphQlResponse response =
        owner.api().graphql(Operations.REGISTER_DEBT, input.asVariables(), owner.as("debtor"));

    assertThat(response.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(customerReferencesOfOwner()).doesNotContain(input.customerReference());
  }

  @Test
  void showsTheOwnerItsOwnDebtAndDebtor() {
    Map<String, String> debt = Map.of("id", debtId);

    GraphQlResponse byDebt = owner.api().graphql(Operations.DEBT, debt, owner.creditController());
    GraphQlResponse byNode = owner.api().graphql(Operations.NODE, debt, owner.creditController());
    GraphQlResponse byDebtor =
        owner.api().graphql(Operations.DEBTOR, Map.of("id", debtorId), owner.creditController());

    assertThat(byDebt.assertNoErrors().string("debt.id")).isEqualTo(debtId);
    assertThat(byNode.assertNoErrors().string("node.id")).isEqualTo(debtId);
    assertThat(byDebtor.assertNoErrors().nodeIds("debtor.debts")).containsExactly(debtId);
  }

  @Test
  void hidesAnotherCreditorsDebtFromDebt() {
    assertSameAsUnknown(Operations.DEBT, id -> Map.of("id", id), debtId, "debt");
  }

  @Test
  void hidesAnotherCreditorsDebtFromNode() {
    assertSameAsUnknown(Operations.NODE, id -> Map.of("id", id), debtId, "node");
  }

  @Test
  void hidesAnotherCreditorsDebtorFromDebtor() {
    assertSameAsUnknown(Operations.DEBTOR, id -> Map.of("id", id), debtorId, "debtor");
  }

  @Test
  void hidesAnotherCreditorsDebtsFromTheConnection() {
    String unknownId = GlobalIds.unknownLike(debtorId);

    GraphQlResponse all = asOther(Operations.DEBTS, Map.of("first", 100));
    GraphQlResponse foreign = asOther(Operations.DEBTS, debtsOfDebtor(debtorId));
    GraphQlResponse missing = asOther(Operations.DEBTS, debtsOfDebtor(unknownId));

    assertThat(all.assertNoErrors().nodeIds("debts")).doesNotContain(debtId);
    assertThat(foreign.assertNoErrors().list("debts.edges")).isEmpty();
    assertThat(normalised(foreign, debtorId)).isEqualTo(normalised(missing, unknownId));
  }

  private static Map<String, Object> debtsOfDebtor(String id) {
    return Map.of("first", 100, "filter", Map.of("debtorId", id));
  }

  @Test
  void refusesToUpdateAnotherCreditorsDebtAsIfItDidNotExist() {
    assertSameAsUnknown(
        Operations.UPDATE_DEBT,
        id -> Map.of("input", Map.of("id", id, "description", "Taken over")),
        debtId,
        "updateDebt.debt");
    assertOwnersDebtUntouched();
  }

  @Test
  void refusesToCancelAnotherCreditorsDebtAsIfItDidNotExist() {
    assertSameAsUnknown(
        Operations.CANCEL_DEBT,
        id -> Map.of("input", Map.of("id", id, "reason", "Taken over")),
        debtId,
        "cancelDebt.debt");
    assertOwnersDebtUntouched();
  }

  /**
   * Sends the operation as the other creditor, once with the owner's id, once with an unknown id.
   */
  private static void assertSameAsUnknown(
      String operation, Function<String, Map<String, ?>> variables, String ownersId, String path) {
    String unknownId = GlobalIds.unknownLike(ownersId);

    GraphQlResponse foreign = asOther(operation, variables.apply(ownersId));
    GraphQlResponse missing = asOther(operation, variables.apply(unknownId));

    assertThat(foreign.isNull(path)).as("answer to %s", foreign).isTrue();
    assertThat(normalised(foreign, ownersId)).isEqualTo(normalised(missing, unknownId));
  }

  private static GraphQlResponse asOther(String operation, Map<String, ?> variables) {
    return other.api().graphql(operation, variables, other.creditController());
  }

  private static String normalised(GraphQlResponse response, String id) {
    return "HTTP " + response.status() + " " + response.body().replace(id, "<id>");
  }

  private static List<String> customerReferencesOfOwner() {
    GraphQlResponse debtors =
        owner.api().graphql(Operations.DEBTORS, owner.creditController()).assertNoErrors();
    List<String> references =
        debtors.list("debtors.edges").stream()
            .map(edge -> edge.asJsonObject().getJsonObject("node").getString("customerReference"))
            .toList();
    assertThat(references).as("the owner's own debtor is listed").isNotEmpty();
    return references;
  }

  private static void assertOwnersDebtUntouched() {
    GraphQlResponse debt =
        owner
            .api()
            .graphql(Operations.DEBT, Map.of("id", debtId), owner.creditController())
            .assertNoErrors();
    assertThat(debt.string("debt.status")).isEqualTo("OPEN");
    assertThat(debt.string("debt.description")).isEqualTo("Plumbing works, invoice of October");
    assertThat(debt.list("debt.statusHistory")).hasSize(1);
  }
}
