package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.law.Allocation;
import io.recouvra.debts.law.CreditorCategory;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.debts.law.Imputation;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.debts.law.OpenDebt;
import io.recouvra.debts.law.PaymentImputation;
import io.recouvra.debts.law.PaymentToImpute;
import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The books balance whatever the debts and payments: money received equals what was allocated plus
 * the credit account; each debt's ledger sums to what is itemised as due; nothing is due below
 * zero; nothing accrues before the due date. Payments go through the same steps as the ledger's
 * allocation: itemise on the day, impute, bring the ledger up to the day, post the allocations.
 */
class LedgerPropertiesTest {
  private static final Itemisation ITEMISATION = new Itemisation(LawTablesCsv.seed());
  private static final LocalDate FIRST_DUE = LocalDate.of(2024, 1, 31);

  @Property(tries = 200)
  void moneyReceivedIsAllocatedOrCreditedAndEachLedgerSumsToWhatIsDue(
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 500_000) Integer> cents,
      @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 400_000) Integer> paid,
      @ForAll @IntRange(min = 0, max = 400) int dueOffset,
      @ForAll boolean business) {
    Map<String, AccrualTerms> terms = new LinkedHashMap<>();
    Map<String, List<Posting>> ledgers = new LinkedHashMap<>();
    for (int i = 0; i < cents.size(); i++) {
      LocalDate due = FIRST_DUE.plusDays(dueOffset + 30L * i);
      terms.put("debt-" + i, terms(due, business));
      ledgers.put(
          "debt-" + i,
          new ArrayList<>(ItemisationTest.invoice(money(cents.get(i)), FIRST_DUE.minusDays(60))));
    }
    Money received = ItemisationTest.eur("0");
    Money credited = ItemisationTest.eur("0");
    LocalDate day = FIRST_DUE.plusDays(dueOffset);
    for (int amount : paid) {
      day = day.plusDays(17);
      Money payment = ItemisationTest.eur(money(amount));
      received = received.plus(payment);
      credited = credited.plus(apply(payment, day, terms, ledgers));
    }

    Money allocated = ItemisationTest.eur("0");
    for (String id : ledgers.keySet()) {
      ItemisedBalance balance = ITEMISATION.on(terms.get(id), ledgers.get(id), day);
      allocated = allocated.plus(paidOf(balance));
      assertThat(ItemisationTest.sum(ledgers.get(id))).isEqualTo(balance.due());
      assertThat(balance.lines()).allSatisfy(l -> assertThat(l.due().isNegative()).isFalse());
    }
    assertThat(allocated.plus(credited)).isEqualTo(received);
  }

  @Property(tries = 100)
  void nothingAccruesUpToTheDueDate(
      @ForAll @IntRange(min = 1, max = 10_000_000) int cents,
      @ForAll @IntRange(min = 0, max = 700) int dueOffset,
      @ForAll @IntRange(min = 0, max = 120) int daysBefore) {
    LocalDate due = FIRST_DUE.plusDays(dueOffset);
    ItemisedBalance balance =
        ITEMISATION.on(
            terms(due, true),
            ItemisationTest.invoice(money(cents), FIRST_DUE.minusDays(200)),
            due.minusDays(daysBefore));

    assertThat(balance.accruals()).isEmpty();
    assertThat(balance.due()).isEqualTo(ItemisationTest.eur(money(cents)));
  }

  /** Applies one payment as the ledger does; returns what went to the credit account. */
  private static Money apply(
      Money payment,
      LocalDate day,
      Map<String, AccrualTerms> terms,
      Map<String, List<Posting>> ledgers) {
    Map<String, ItemisedBalance> balances = new LinkedHashMap<>();
    List<OpenDebt> open = new ArrayList<>();
    for (String id : ledgers.keySet()) {
      ItemisedBalance balance = ITEMISATION.on(terms.get(id), ledgers.get(id), day);
      balances.put(id, balance);
      open.add(
          new OpenDebt(
              id,
              terms.get(id).dueOn(),
              balance.line(DebtComponent.INTEREST).due(),
              balance.line(DebtComponent.PENALTIES).due(),
              balance.line(DebtComponent.INDEMNITY).due(),
              balance.line(DebtComponent.PRINCIPAL).due(),
              BigDecimal.ZERO,
              false));
    }
    Imputation imputation =
        new PaymentImputation().impute(new PaymentToImpute(payment, day, Optional.empty(), open));
    for (String id : ledgers.keySet()) {
      ledgers.get(id).addAll(Itemisation.catchUp(balances.get(id), ledgers.get(id)));
    }
    for (Allocation allocation : imputation.allocations()) {
      ledgers
          .get(allocation.debtId())
          .add(
              new Posting(
                  LedgerEntryKind.PAYMENT,
                  allocation.component(),
                  allocation.amount().negate(),
                  day));
    }
    return imputation.toCreditAccount();
  }

  private static Money paidOf(ItemisedBalance balance) {
    return balance.lines().stream()
        .map(ItemisedBalance.Line::paid)
        .reduce(ItemisationTest.eur("0"), Money::plus);
  }

  private static AccrualTerms terms(LocalDate due, boolean business) {
    return new AccrualTerms(
        due,
        business ? DebtorType.PROFESSIONAL : DebtorType.CONSUMER,
        CreditorCategory.OTHER,
        Optional.empty(),
        Optional.empty(),
        false);
  }

  private static String money(int cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }
}
