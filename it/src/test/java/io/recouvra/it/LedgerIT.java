package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Itemised balances through the real server, worked out by hand from the shipped rates, and the
 * credit controllers' credit notes, settlements and write-offs in the ledger.
 */
@RecouvraIT
class LedgerIT {
  private static final String BALANCE =
      """
      query Balance($id: ID!, $on: Date) {
        debt(id: $id) {
          status closureReason balance { amount }
          itemisedBalance(on: $on) {
            asOf complete accruedThrough due { amount currency }
            lines { part charged { amount } paid { amount } credited { amount }
                    settled { amount } writtenOff { amount } due { amount } }
            accruals { part from to days rate basis amount { amount } }
            missingFigures { kind from }
          }
        }
      }
      """;
  private static final String CREDIT_NOTE =
      """
      mutation C($input: IssueCreditNoteInput!) {
        issueCreditNote(input: $input) {
          debt { status closureReason } userErrors { field message code }
        }
      }
      """;
  private static final String SETTLE =
      """
      mutation S($input: SettleDebtInput!) {
        settleDebt(input: $input) {
          debt { status itemisedBalance { due { amount } } } userErrors { field message code }
        }
      }
      """;
  private static final String WRITE_OFF =
      """
      mutation W($input: WriteOffDebtInput!) {
        writeOffDebt(input: $input) {
          debt { status closureReason balance { amount } } userErrors { field message code }
        }
      }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static String businessDebt(String principal, String issuedOn, String dueOn) {
    return creditor
        .register(
            DebtInput.valid()
                .debtorType("PROFESSIONAL")
                .principal(principal, "EUR")
                .dates(issuedOn, dueOn, dueOn))
        .assertNoUserErrors("registerDebt")
        .string("registerDebt.debt.id");
  }

  private static GraphQlResponse balance(String debt, String on, Identity who) {
    return creditor.api().graphql(BALANCE, Map.of("id", debt, "on", on), who).assertNoErrors();
  }

  private static String line(GraphQlResponse response, String part, String column) {
    for (JsonValue value : response.list("debt.itemisedBalance.lines")) {
      JsonObject line = value.asJsonObject();
      if (line.getString("part").equals(part)) {
        return line.getJsonObject(column).getString("amount");
      }
    }
    throw new AssertionError("no line " + part);
  }

  @Test
  void penaltiesAcrossFirstJulyAndTheIndemnityBetweenProfessionals() {
    // Due 15 June 2024, on 15 July: 15 days at 14.50 % and 15 at 14.25 % on 10,000: 118.15.
    String debt = businessDebt("10000.00", "2024-05-16", "2024-06-15");

    GraphQlResponse on = balance(debt, "2024-07-15", creditor.creditController());

    assertThat(line(on, "PENALTIES", "charged")).isEqualTo("118.15");
    assertThat(line(on, "INDEMNITY", "charged")).isEqualTo("40.00");
    assertThat(on.string("debt.itemisedBalance.due.amount")).isEqualTo("10158.15");
    assertThat(on.list("debt.itemisedBalance.accruals"))
        .extracting(a -> a.asJsonObject().getString("rate"), a -> a.asJsonObject().getInt("days"))
        .containsExactly(tuple("14.5", 15), tuple("14.25", 15));
    assertThat(on.bool("debt.itemisedBalance.complete")).isTrue();
  }

  @Test
  void todayStopsAtTheFirstMissingRateAndSaysWhich() {
    // No ECB rate for 2026 H2 is shipped: counting stops on 30 June 2026, with the gap named.
    String debt = businessDebt("1000.00", "2026-06-01", "2026-06-15");

    GraphQlResponse today = balance(debt, "2026-12-04", creditor.creditController());

    assertThat(today.bool("debt.itemisedBalance.complete")).isFalse();
    assertThat(today.string("debt.itemisedBalance.accruedThrough")).isEqualTo("2026-06-30");
    assertThat(line(today, "PENALTIES", "charged")).isEqualTo("4.99");
    assertThat(today.list("debt.itemisedBalance.missingFigures"))
        .extracting(
            m -> m.asJsonObject().getString("kind"), m -> m.asJsonObject().getString("from"))
        .containsExactly(tuple("ECB_MAIN_REFINANCING", "2026-07-01"));
  }

  @Test
  void aConsumerDebtIsItsPrincipalAlone() {
    String debt = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");

    GraphQlResponse today = balance(debt, "2026-11-30", creditor.creditController());

    assertThat(today.string("debt.itemisedBalance.due.amount")).isEqualTo("120.50");
    assertThat(today.list("debt.itemisedBalance.accruals")).isEmpty();
    assertThat(line(today, "INDEMNITY", "charged")).isEqualTo("0.00");
  }

  @Test
  void legalInterestRunsFromTheFormalNoticeOnAConsumerDebt() {
    // Notice received 30 September 2025; 61 days to 30 November at 2.76 % (all other cases) on
    // 1,000: 4.6126, so 4.61.
    String debt =
        creditor
            .register(
                DebtInput.valid()
                    .principal("1000.00", "EUR")
                    .dates("2025-06-01", "2025-06-30", "2025-06-30"))
            .assertNoUserErrors("registerDebt")
            .string("registerDebt.debt.id");
    GraphQlResponse before = balance(debt, "2025-11-30", creditor.creditController());

    creditor
        .api()
        .graphql(
            "mutation R($input: RecordLimitationEventInput!) { recordLimitationEvent(input: $input)"
                + " { userErrors { field code } } }",
            Map.of("input", Map.of("debtId", debt, "kind", "FORMAL_NOTICE", "on", "2025-09-30")),
            creditor.creditController())
        .assertNoUserErrors("recordLimitationEvent");
    GraphQlResponse after = balance(debt, "2025-11-30", creditor.creditController());

    assertThat(line(before, "INTEREST", "charged")).isEqualTo("0.00");
    assertThat(line(after, "INTEREST", "charged")).isEqualTo("4.61");
    assertThat(after.string("debt.itemisedBalance.due.amount")).isEqualTo("1004.61");
  }

  @Test
  void aCreditNoteLowersThePrincipalAndAFullOneCancelsTheDebt() {
    String debt = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");

    GraphQlResponse partial = creditNote(debt, "20.50", creditor.creditController());
    GraphQlResponse tooMuch = creditNote(debt, "100.01", creditor.creditController());
    GraphQlResponse after = balance(debt, "2026-12-04", creditor.creditController());
    GraphQlResponse rest = creditNote(debt, "100.00", creditor.creditController());

    assertThat(partial.userErrors("issueCreditNote")).isEmpty();
    assertThat(tooMuch.userErrors("issueCreditNote"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "amount", "amount"), "OUT_OF_RANGE"));
    assertThat(line(after, "PRINCIPAL", "credited")).isEqualTo("20.50");
    assertThat(line(after, "PRINCIPAL", "due")).isEqualTo("100.00");
    assertThat(rest.string("issueCreditNote.debt.closureReason")).isEqualTo("CANCELLED");
  }

  @Test
  void aSettlementWaivesPenaltiesFirstAndFreezesTheBalance() {
    // Due 31 January 2026, settled today (4 Dec 2026): 150 days to 30 June at 12.15 % on 2,000 =
    // 99.8630, so 99.86, plus the 40 EUR: 2,139.86 due; settling for 2,000.00 waives 139.86.
    String debt = businessDebt("2000.00", "2026-01-01", "2026-01-31");

    GraphQlResponse refused = settle(debt, "2139.86");
    GraphQlResponse settled = settle(debt, "2000.00");
    GraphQlResponse later = balance(debt, "2027-03-01", creditor.creditController());

    assertThat(refused.userErrors("settleDebt"))
        .extracting(UserError::code)
        .containsExactly("OUT_OF_RANGE");
    assertThat(settled.userErrors("settleDebt")).isEmpty();
    assertThat(settled.string("settleDebt.debt.itemisedBalance.due.amount")).isEqualTo("2000.00");
    assertThat(line(later, "PENALTIES", "settled")).isEqualTo("99.86");
    assertThat(line(later, "INDEMNITY", "settled")).isEqualTo("40.00");
    assertThat(later.string("debt.itemisedBalance.due.amount")).isEqualTo("2000.00");
  }

  @Test
  void aWriteOffClearsAndClosesTheDebtAndAnotherCreditorCannotTellItExists() {
    String debt = creditor.register(DebtInput.valid()).string("registerDebt.debt.id");

    GraphQlResponse byOther =
        creditor
            .api()
            .graphql(
                WRITE_OFF,
                Map.of("input", Map.of("id", debt, "reason", "not ours")),
                other.creditController());
    GraphQlResponse byClientApp =
        creditor
            .api()
            .graphql(
                WRITE_OFF,
                Map.of("input", Map.of("id", debt, "reason", "bad debt")),
                creditor.clientApp());
    GraphQlResponse writtenOff =
        creditor
            .api()
            .graphql(
                WRITE_OFF,
                Map.of("input", Map.of("id", debt, "reason", "Debtor unreachable")),
                creditor.creditController());

    assertThat(byOther.userErrors("writeOffDebt"))
        .extracting(UserError::code)
        .containsExactly("NOT_FOUND");
    assertThat(byClientApp.errorCodes()).containsExactly("FORBIDDEN");
    assertThat(writtenOff.string("writeOffDebt.debt.closureReason")).isEqualTo("WRITTEN_OFF");
    assertThat(writtenOff.string("writeOffDebt.debt.balance.amount")).isEqualTo("0.00");
    GraphQlResponse after = balance(debt, "2026-12-04", creditor.creditController());
    assertThat(line(after, "PRINCIPAL", "writtenOff")).isEqualTo("120.50");
  }

  @Test
  void anotherCreditorsStaffReadNoBalanceOfIt() {
    String debt = businessDebt("500.00", "2025-01-01", "2025-01-31");

    GraphQlResponse byOther =
        creditor
            .api()
            .graphql(BALANCE, Map.of("id", debt, "on", "2025-03-01"), other.creditController())
            .assertNoErrors();

    assertThat(byOther.isNull("debt")).isTrue();
  }

  private static GraphQlResponse creditNote(String debt, String amount, Identity who) {
    return creditor
        .api()
        .graphql(
            CREDIT_NOTE,
            Map.of(
                "input",
                Map.of(
                    "id",
                    debt,
                    "amount",
                    Map.of("amount", amount, "currency", "EUR"),
                    "reason",
                    "Price corrected")),
            who);
  }

  private static GraphQlResponse settle(String debt, String amount) {
    return creditor
        .api()
        .graphql(
            SETTLE,
            Map.of(
                "input",
                Map.of(
                    "id",
                    debt,
                    "amount",
                    Map.of("amount", amount, "currency", "EUR"),
                    "reason",
                    "Agreed by phone")),
            creditor.creditController());
  }
}
