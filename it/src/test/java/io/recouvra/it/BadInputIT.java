package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Operations;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Refused input names the faulty field and writes nothing: this creditor never gets a debt. */
@RecouvraIT
class BadInputIT {

  private static final List<String> AMOUNT = List.of("input", "principal", "amount");
  private static final List<String> CURRENCY = List.of("input", "principal", "currency");
  private static final String MALFORMED_ID = "not-a-global-id";

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();

  @AfterEach
  void nothingWasWritten() {
    GraphQlResponse debts =
        creditor
            .api()
            .graphql(Operations.DEBTS, Map.of("first", 100), creditor.creditController())
            .assertNoErrors();
    assertThat(debts.list("debts.edges")).isEmpty();
    GraphQlResponse debtors =
        creditor.api().graphql(Operations.DEBTORS, creditor.creditController()).assertNoErrors();
    assertThat(debtors.list("debtors.edges")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5.00"})
  void refusesAPrincipalThatIsNotPositive(String amount) {
    assertRefused(DebtInput.valid().principal(amount, "EUR"), "NOT_POSITIVE", AMOUNT);
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHas() {
    assertRefused(DebtInput.valid().principal("12.345", "EUR"), "TOO_MANY_DECIMALS", AMOUNT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EURO", "XXX"})
  void refusesAnUnknownCurrency(String currency) {
    assertRefused(DebtInput.valid().principal("10.00", currency), "UNKNOWN_CURRENCY", CURRENCY);
  }

  @Test
  void refusesADueDateBeforeTheIssueDate() {
    DebtInput input = DebtInput.valid().dates("2026-10-01", "2026-09-30", "2026-09-30");

    assertRefused(input, "DATE_ORDER", List.of("input", "dueOn"));
  }

  @Test
  void refusesAnOverLongDescription() {
    DebtInput input = DebtInput.valid().description("x".repeat(10_000));

    assertRefused(input, "TOO_LONG", List.of("input", "description"));
  }

  @Test
  void refusesAnOverLongExternalReference() {
    DebtInput input = DebtInput.valid().externalReference("R".repeat(10_000));

    assertRefused(input, "TOO_LONG", List.of("input", "externalReference"));
  }

  @Test
  void refusesADebtWithoutDebtorAsAnInvalidOperation() {
    GraphQlResponse response = register(DebtInput.valid().withoutDebtor());

    assertThat(response.errors())
        .anySatisfy(error -> assertThat(error.message()).contains("debtor"));
    assertThat(response.json().get("data")).isIn(null, JsonValue.NULL);
  }

  @Test
  void refusesAMalformedIdWhenReading() {
    GraphQlResponse response =
        creditor
            .api()
            .graphql(Operations.DEBT, Map.of("id", MALFORMED_ID), creditor.creditController());

    assertThat(response.errorCodes()).containsExactly("INVALID_ID");
    assertThat(response.isNull("debt")).isTrue();
  }

  @Test
  void refusesAMalformedIdWhenUpdating() {
    Map<String, Object> input = Map.of("id", MALFORMED_ID, "description", "Anything");

    GraphQlResponse response =
        creditor
            .api()
            .graphql(Operations.UPDATE_DEBT, Map.of("input", input), creditor.creditController());

    response.assertNoErrors();
    assertThat(response.userErrors("updateDebt"))
        .extracting(UserError::code, UserError::field)
        .containsExactly(tuple("INVALID_ID", List.of("input", "id")));
    assertThat(response.isNull("updateDebt.debt")).isTrue();
  }

  private static void assertRefused(DebtInput input, String code, List<String> field) {
    GraphQlResponse response = register(input);

    response.assertNoErrors();
    assertThat(response.userErrors("registerDebt"))
        .extracting(UserError::code, UserError::field)
        .containsExactly(tuple(code, field));
    assertThat(response.userErrors("registerDebt").get(0).message()).isNotBlank();
    assertThat(response.isNull("registerDebt.debt")).isTrue();
  }

  private static GraphQlResponse register(DebtInput input) {
    return creditor
        .api()
        .graphql(Operations.REGISTER_DEBT, input.asVariables(), creditor.clientApp());
  }
}
