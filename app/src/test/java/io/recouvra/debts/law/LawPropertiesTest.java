package io.recouvra.debts.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws that hold for any amounts and dates the seed tables cover, checked by jqwik. */
class LawPropertiesTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate FIRST_COVERED = LocalDate.parse("2024-01-01");
  private static final LocalDate LAST_COVERED = LocalDate.parse("2026-06-30");
  private static final int COVERED_DAYS = 912;

  private static final LawTables SEED = LawTablesCsv.seed();
  private static final LatePaymentPenalties PENALTIES = new LatePaymentPenalties(SEED);

  @Property
  void allocationsAndTheCreditRemainderAddUpToThePayment(
      @ForAll("payments") PaymentToImpute payment, @ForAll boolean indemnityLast) {
    Imputation imputation = imputation(indemnityLast).impute(payment);

    assertThat(imputation.allocated().plus(imputation.toCreditAccount()))
        .isEqualTo(payment.amount());
    assertThat(imputation.toCreditAccount().isNegative()).isFalse();
    assertThat(imputation.allocations())
        .allSatisfy(a -> assertThat(a.amount().isPositive()).isTrue());
  }

  @Property
  void imputationNeverAllocatesMoreThanIsDuePerComponent(
      @ForAll("payments") PaymentToImpute payment, @ForAll boolean indemnityLast) {
    Imputation imputation = imputation(indemnityLast).impute(payment);

    Map<String, Money> applied = new HashMap<>();
    for (Allocation allocation : imputation.allocations()) {
      applied.merge(
          allocation.debtId() + "/" + allocation.component(), allocation.amount(), Money::plus);
    }
    for (OpenDebt debt : payment.openDebts()) {
      for (DebtComponent component : DebtComponent.values()) {
        Money total = applied.getOrDefault(debt.debtId() + "/" + component, Money.zero(EUR));
        assertThat(total.isGreaterThan(debt.due(component))).isFalse();
      }
    }
  }

  @Property
  void aCreditRemainsOnlyWhenEverythingDueIsPaid(@ForAll("payments") PaymentToImpute payment) {
    Imputation imputation = new PaymentImputation().impute(payment);

    Money owed =
        payment.openDebts().stream().map(OpenDebt::totalDue).reduce(Money.zero(EUR), Money::plus);
    if (imputation.toCreditAccount().isPositive()) {
      assertThat(imputation.allocated()).isEqualTo(owed);
    }
  }

  @Property
  void nothingAccruesOnOrBeforeTheDueDate(
      @ForAll("cents") long cents,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int dueOffset,
      @ForAll @IntRange(min = 0, max = 400) int daysBefore) {
    LocalDate dueOn = FIRST_COVERED.plusDays(dueOffset);
    InterestAccrual accrual =
        PENALTIES.accrue(LatePayment.commercial(eur(cents), dueOn, dueOn.minusDays(daysBefore)));

    assertThat(accrual.periods()).isEmpty();
    assertThat(accrual.total().isZero()).isTrue();
  }

  @Property
  void penaltiesNeverDecreaseAsTheEndDateMovesLater(
      @ForAll("cents") long cents,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int dueOffset,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int firstEnd,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int secondEnd) {
    LocalDate dueOn = FIRST_COVERED.plusDays(dueOffset).minusDays(1);
    LocalDate earlier = endOn(Math.min(firstEnd, secondEnd));
    LocalDate later = endOn(Math.max(firstEnd, secondEnd));

    Money atEarlier = PENALTIES.accrue(LatePayment.commercial(eur(cents), dueOn, earlier)).total();
    Money atLater = PENALTIES.accrue(LatePayment.commercial(eur(cents), dueOn, later)).total();

    assertThat(atLater.isLessThan(atEarlier)).isFalse();
  }

  @Property
  void periodsCoverEveryDayCountedExactlyOnce(
      @ForAll("cents") long cents,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int dueOffset,
      @ForAll @IntRange(min = 0, max = COVERED_DAYS) int endOffset) {
    LocalDate dueOn = FIRST_COVERED.plusDays(dueOffset).minusDays(1);
    LocalDate until = endOn(endOffset);
    InterestAccrual accrual = PENALTIES.accrue(LatePayment.commercial(eur(cents), dueOn, until));

    long counted = accrual.periods().stream().mapToLong(AccrualPeriod::days).sum();
    assertThat(counted).isEqualTo(DayCount.ACTUAL_365_FIXED.daysIn(dueOn.plusDays(1), until));
    for (int index = 1; index < accrual.periods().size(); index++) {
      assertThat(accrual.periods().get(index).from())
          .isEqualTo(accrual.periods().get(index - 1).to().plusDays(1));
    }
  }

  private static LocalDate endOn(int offset) {
    LocalDate day = FIRST_COVERED.plusDays(offset);
    return day.isAfter(LAST_COVERED) ? LAST_COVERED : day;
  }

  private static PaymentImputation imputation(boolean indemnityLast) {
    return new PaymentImputation(
        indemnityLast ? IndemnityPlacement.AFTER_PRINCIPAL : IndemnityPlacement.AFTER_INTEREST);
  }

  @Provide
  Arbitrary<Long> cents() {
    return Arbitraries.longs().between(1, 100_000_000L);
  }

  @Provide
  Arbitrary<PaymentToImpute> payments() {
    Arbitrary<List<OpenDebt>> debts = openDebt().list().ofMinSize(0).ofMaxSize(6);
    Arbitrary<Long> amount = Arbitraries.longs().between(1, 5_000_000L);
    Arbitrary<Integer> designation = Arbitraries.integers().between(-1, 5);
    return Combinators.combine(amount, debts, designation).as(LawPropertiesTest::payment);
  }

  private static PaymentToImpute payment(long cents, List<OpenDebt> debts, int designation) {
    List<OpenDebt> named = new ArrayList<>();
    for (int index = 0; index < debts.size(); index++) {
      OpenDebt debt = debts.get(index);
      named.add(
          new OpenDebt(
              "D" + index,
              debt.dueOn(),
              debt.interest(),
              debt.penalties(),
              debt.indemnity(),
              debt.principal(),
              debt.runningPercent(),
              debt.enforceableTitle()));
    }
    Optional<String> designated =
        designation >= 0 && designation < named.size()
            ? Optional.of("D" + designation)
            : Optional.empty();
    return new PaymentToImpute(eur(cents), LocalDate.parse("2025-06-01"), designated, named);
  }

  private static Arbitrary<OpenDebt> openDebt() {
    Arbitrary<Money> small = Arbitraries.longs().between(0, 50_000L).map(LawPropertiesTest::eur);
    Arbitrary<Money> large = Arbitraries.longs().between(0, 2_000_000L).map(LawPropertiesTest::eur);
    Arbitrary<LocalDate> dueOn =
        Arbitraries.integers().between(0, 4).map(n -> LocalDate.parse("2025-04-01").plusMonths(n));
    Arbitrary<BigDecimal> rate = Arbitraries.of("0", "3.71", "13.15").map(BigDecimal::new);
    return Combinators.combine(dueOn, small, small, small, large, rate, Arbitraries.of(true, false))
        .as(
            (due, interest, penalties, indemnity, principal, percent, titled) ->
                new OpenDebt("?", due, interest, penalties, indemnity, principal, percent, titled));
  }

  private static Money eur(long cents) {
    return Money.of(BigDecimal.valueOf(cents, 2), EUR);
  }
}
