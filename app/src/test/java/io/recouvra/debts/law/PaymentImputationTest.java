package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LatePaymentPenaltiesTest.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payment imputation (Code civil 1342-10, 1343-1), worked by hand. */
class PaymentImputationTest {

  private static final LocalDate PAID_ON = day("2025-06-01");
  private static final PaymentImputation DEFAULT = new PaymentImputation();

  @Test
  void withinADebtInterestPenaltiesAndIndemnityComeBeforePrincipal() {
    // Due: interest 5.00, penalties 7.00, indemnity 40.00, principal 100.00; paid 60.00:
    // 5.00 + 7.00 + 40.00 = 52.00, then 8.00 of principal.
    Imputation imputation = DEFAULT.impute(payment("60.00", full("A", "2025-01-31")));

    assertThat(imputation.allocations())
        .extracting(Allocation::component, Allocation::amount)
        .containsExactly(
            tuple(DebtComponent.INTEREST, eur("5.00")),
            tuple(DebtComponent.PENALTIES, eur("7.00")),
            tuple(DebtComponent.INDEMNITY, eur("40.00")),
            tuple(DebtComponent.PRINCIPAL, eur("8.00")));
    assertThat(imputation.toCreditAccount()).isEqualTo(eur("0.00"));
  }

  @Test
  void theIndemnityCanBeSetToComeAfterPrincipal() {
    // 5.00 + 7.00 + 48.00 of principal; nothing left for the indemnity.
    Imputation imputation =
        new PaymentImputation(IndemnityPlacement.AFTER_PRINCIPAL)
            .impute(payment("60.00", full("A", "2025-01-31")));

    assertThat(imputation.allocations())
        .extracting(Allocation::component, Allocation::amount)
        .containsExactly(
            tuple(DebtComponent.INTEREST, eur("5.00")),
            tuple(DebtComponent.PENALTIES, eur("7.00")),
            tuple(DebtComponent.PRINCIPAL, eur("48.00")));
  }

  @Test
  void theDebtorsDesignationComesFirst() {
    // B is not yet due and carries no interest, but the debtor designated it.
    Imputation imputation =
        DEFAULT.impute(
            new PaymentToImpute(
                eur("50.00"),
                PAID_ON,
                Optional.of("B"),
                List.of(
                    principal("A", "2025-01-31", "100.00", "14.50"),
                    principal("B", "2025-12-31", "100.00", "0"))));

    assertThat(imputation.allocations()).extracting(Allocation::debtId).containsExactly("B");
  }

  @Test
  void aDesignationBeyondWhatTheDebtOwesFlowsToTheOthers() {
    Imputation imputation =
        DEFAULT.impute(
            new PaymentToImpute(
                eur("150.00"),
                PAID_ON,
                Optional.of("B"),
                List.of(
                    principal("A", "2025-01-31", "100.00", "0"),
                    principal("B", "2025-02-28", "100.00", "0"))));

    assertThat(imputation.allocations())
        .extracting(Allocation::debtId, Allocation::amount)
        .containsExactly(tuple("B", eur("100.00")), tuple("A", eur("50.00")));
  }

  @Test
  void dueDebtsComeBeforeDebtsNotYetDue() {
    // A is not due until 2025-12-31, though it carries the higher rate.
    Imputation imputation =
        DEFAULT.impute(
            payment(
                "30.00",
                principal("A", "2025-12-31", "100.00", "20"),
                principal("B", "2025-05-31", "100.00", "0")));

    assertThat(imputation.allocations()).extracting(Allocation::debtId).containsExactly("B");
  }

  @Test
  void amongDueDebtsTheHighestRunningRateComesFirst() {
    Imputation imputation =
        DEFAULT.impute(
            payment(
                "120.00",
                principal("OLD", "2024-01-31", "100.00", "3.71"),
                principal("COSTLY", "2025-03-31", "100.00", "13.15")));

    assertThat(imputation.allocations())
        .extracting(Allocation::debtId, Allocation::amount)
        .containsExactly(tuple("COSTLY", eur("100.00")), tuple("OLD", eur("20.00")));
  }

  @Test
  void atEqualRateAnEnforceableTitleComesFirstThenTheOldest() {
    OpenDebt older = principal("OLDER", "2024-01-31", "100.00", "0");
    OpenDebt titled =
        new OpenDebt(
            "TITLED",
            day("2025-03-31"),
            eur("0.00"),
            eur("0.00"),
            eur("0.00"),
            eur("100.00"),
            BigDecimal.ZERO,
            true);
    OpenDebt newer = principal("NEWER", "2025-02-28", "100.00", "0");

    Imputation imputation = DEFAULT.impute(payment("250.00", newer, older, titled));

    assertThat(imputation.allocations())
        .extracting(Allocation::debtId, Allocation::amount)
        .containsExactly(
            tuple("TITLED", eur("100.00")),
            tuple("OLDER", eur("100.00")),
            tuple("NEWER", eur("50.00")));
  }

  @Test
  void debtsEqualInEveryRespectShareProportionallyTheLeftoverCentGoingToTheSmallestId() {
    // Three debts of 10.00, paid 10.00: 1000 cents x 1000 / 3000 = 333 rest 1000 each;
    // 1000 - 999 = 1 cent left, equal fractions, so to "A": 3.34, 3.33, 3.33.
    Imputation imputation =
        DEFAULT.impute(
            payment(
                "10.00",
                principal("C", "2025-01-31", "10.00", "0"),
                principal("A", "2025-01-31", "10.00", "0"),
                principal("B", "2025-01-31", "10.00", "0")));

    assertThat(imputation.allocations())
        .extracting(Allocation::debtId, Allocation::amount)
        .containsExactlyInAnyOrder(
            tuple("A", eur("3.34")), tuple("B", eur("3.33")), tuple("C", eur("3.33")));
    assertThat(imputation.allocated()).isEqualTo(eur("10.00"));
  }

  @Test
  void theLeftoverCentGoesToTheLargestFractionCutOff() {
    // Owed 1.00 and 2.00, paid 1.00: 100 x 100 / 300 = 33 rest 100; 100 x 200 / 300 = 66 rest
    // 200; one cent left goes to the larger rest (the 2.00 debt): 0.33 and 0.67.
    Imputation imputation =
        DEFAULT.impute(
            payment(
                "1.00",
                principal("A", "2025-01-31", "1.00", "0"),
                principal("B", "2025-01-31", "2.00", "0")));

    assertThat(imputation.allocations())
        .extracting(Allocation::debtId, Allocation::amount)
        .containsExactlyInAnyOrder(tuple("A", eur("0.33")), tuple("B", eur("0.67")));
  }

  @Test
  void whatIsPaidBeyondEverythingOwedGoesToTheCreditAccount() {
    Imputation imputation = DEFAULT.impute(payment("200.00", full("A", "2025-01-31")));

    assertThat(imputation.allocated()).isEqualTo(eur("152.00"));
    assertThat(imputation.toCreditAccount()).isEqualTo(eur("48.00"));
  }

  @Test
  void aDesignatedDebtThatIsNotOpenIsRefused() {
    PaymentToImpute payment =
        new PaymentToImpute(
            eur("10.00"),
            PAID_ON,
            Optional.of("X"),
            List.of(principal("A", "2025-01-31", "10.00", "0")));

    assertThatThrownBy(() -> DEFAULT.impute(payment)).isInstanceOf(IllegalArgumentException.class);
  }

  private static PaymentToImpute payment(String amount, OpenDebt... debts) {
    return new PaymentToImpute(eur(amount), PAID_ON, Optional.empty(), List.of(debts));
  }

  static OpenDebt full(String id, String dueOn) {
    return new OpenDebt(
        id,
        day(dueOn),
        eur("5.00"),
        eur("7.00"),
        eur("40.00"),
        eur("100.00"),
        new BigDecimal("13.15"),
        false);
  }

  static OpenDebt principal(String id, String dueOn, String amount, String rate) {
    return new OpenDebt(
        id,
        day(dueOn),
        eur("0.00"),
        eur("0.00"),
        eur("0.00"),
        eur(amount),
        new BigDecimal(rate),
        false);
  }
}
