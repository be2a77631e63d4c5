package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.ItemisedBalance.MissingFigure;
import io.recouvra.debts.law.CreditorCategory;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked cases of the ledger's arithmetic, each figure worked out by hand from the shipped rates:
 * base x rate x days / 36,500, summed unrounded, rounded once (ADR 0004, 0011).
 */
class ItemisationTest {
  private static final Itemisation ITEMISATION = new Itemisation(LawTablesCsv.seed());

  static Money eur(String amount) {
    return Money.parse(amount, "EUR");
  }

  static AccrualTerms business(LocalDate dueOn) {
    return new AccrualTerms(
        dueOn,
        DebtorType.PROFESSIONAL,
        CreditorCategory.OTHER,
        Optional.empty(),
        Optional.empty(),
        false);
  }

  static List<Posting> invoice(String principal, LocalDate issuedOn) {
    return new ArrayList<>(
        List.of(
            new Posting(
                LedgerEntryKind.PRINCIPAL, DebtComponent.PRINCIPAL, eur(principal), issuedOn)));
  }

  @Test
  void penalties_across_1_july_take_each_half_years_rate_and_the_indemnity_is_owed() {
    // Due 15 June 2024, 30 days late on 15 July: 15 days of June at ECB 4.50 + 10 = 14.50 %,
    // 15 days of July at 4.25 + 10 = 14.25 %: 59.5890 + 58.5616 = 118.1507, so 118.15.
    ItemisedBalance balance =
        ITEMISATION.on(
            business(LocalDate.of(2024, 6, 15)),
            invoice("10000.00", LocalDate.of(2024, 5, 16)),
            LocalDate.of(2024, 7, 15));

    assertThat(balance.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("118.15"));
    assertThat(balance.line(DebtComponent.INDEMNITY).charged()).isEqualTo(eur("40.00"));
    assertThat(balance.due()).isEqualTo(eur("10158.15"));
    assertThat(balance.accruals())
        .extracting(a -> a.from() + ".." + a.to() + "@" + a.percent().stripTrailingZeros())
        .containsExactly("2024-06-16..2024-06-30@14.5", "2024-07-01..2024-07-15@14.25");
    assertThat(balance.accruedThrough()).contains(LocalDate.of(2024, 7, 15));
    assertThat(balance.complete()).isTrue();
  }

  @Test
  void a_partial_payment_lowers_the_base_from_the_next_day() {
    // 10 days (16 to 25 June) on 10,000 at 14.50 % = 39.7260, then 5 days on 6,000 = 11.9178:
    // 51.6438, so 51.64.
    List<Posting> ledger = invoice("10000.00", LocalDate.of(2024, 5, 16));
    ledger.add(
        new Posting(
            LedgerEntryKind.PAYMENT,
            DebtComponent.PRINCIPAL,
            eur("-4000.00"),
            LocalDate.of(2024, 6, 25)));

    ItemisedBalance balance =
        ITEMISATION.on(business(LocalDate.of(2024, 6, 15)), ledger, LocalDate.of(2024, 6, 30));

    assertThat(balance.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("51.64"));
    assertThat(balance.line(DebtComponent.PRINCIPAL).paid()).isEqualTo(eur("4000.00"));
    assertThat(balance.line(DebtComponent.PRINCIPAL).due()).isEqualTo(eur("6000.00"));
    assertThat(balance.due()).isEqualTo(eur("6091.64"));
  }

  @Test
  void a_leap_february_counts_29_days_over_365() {
    // Due 31 January 2024, on 1 March: 29 days of February and 1 March, 30 days at 14.50 % on
    // 1,000: 11.9178, so 11.92.
    ItemisedBalance balance =
        ITEMISATION.on(
            business(LocalDate.of(2024, 1, 31)),
            invoice("1000.00", LocalDate.of(2024, 1, 1)),
            LocalDate.of(2024, 3, 1));

    assertThat(balance.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("11.92"));
    assertThat(balance.accruals()).singleElement().extracting(a -> a.days()).isEqualTo(30L);
  }

  @Test
  void a_contract_rate_under_the_floor_gives_way_to_three_times_the_legal_rate() {
    // 5 % agreed; 2024 H1 floor 3 x 5.07 = 15.21 %; 30 days of April on 1,000: 12.5014, so 12.50.
    AccrualTerms terms =
        new AccrualTerms(
            LocalDate.of(2024, 3, 31),
            DebtorType.PROFESSIONAL,
            CreditorCategory.OTHER,
            Optional.of(new BigDecimal("5")),
            Optional.empty(),
            false);

    ItemisedBalance balance =
        ITEMISATION.on(
            terms, invoice("1000.00", LocalDate.of(2024, 3, 1)), LocalDate.of(2024, 4, 30));

    assertThat(balance.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("12.50"));
    assertThat(balance.accruals())
        .singleElement()
        .extracting(a -> a.percent().toPlainString())
        .isEqualTo("15.21");
  }

  @Test
  void a_consumer_owes_no_penalties_nor_indemnity_and_no_interest_without_a_formal_notice() {
    AccrualTerms consumer =
        new AccrualTerms(
            LocalDate.of(2024, 6, 15),
            DebtorType.CONSUMER,
            CreditorCategory.OTHER,
            Optional.empty(),
            Optional.empty(),
            false);

    ItemisedBalance balance =
        ITEMISATION.on(
            consumer, invoice("250.00", LocalDate.of(2024, 6, 1)), LocalDate.of(2025, 6, 15));

    assertThat(balance.due()).isEqualTo(eur("250.00"));
    assertThat(balance.accruals()).isEmpty();
  }

  @Test
  void legal_interest_runs_from_the_day_after_the_formal_notice_in_the_creditors_column() {
    // Notice received 30 September 2025; 1 October to 30 November 2025 is 61 days at 2.76 % (all
    // other cases) on 1,000: 4.6126, so 4.61. A natural person outside trade: 6.65 %, 11.1137.
    LocalDate notice = LocalDate.of(2025, 9, 30);
    for (Object[] column :
        new Object[][] {
          {CreditorCategory.OTHER, "4.61"}, {CreditorCategory.NATURAL_PERSON_OUTSIDE_TRADE, "11.11"}
        }) {
      AccrualTerms terms =
          new AccrualTerms(
              LocalDate.of(2025, 6, 30),
              DebtorType.CONSUMER,
              (CreditorCategory) column[0],
              Optional.empty(),
              Optional.of(notice),
              false);

      ItemisedBalance balance =
          ITEMISATION.on(
              terms, invoice("1000.00", LocalDate.of(2025, 6, 1)), LocalDate.of(2025, 11, 30));

      assertThat(balance.line(DebtComponent.INTEREST).charged())
          .as(column[0].toString())
          .isEqualTo(eur((String) column[1]));
    }
  }

  @Test
  void a_missing_rate_stops_counting_the_day_before_and_names_the_figure() {
    // Due 15 June 2026; no ECB rate for 2026 H2 is shipped: 15 days at 12.15 % on 1,000 = 4.9932,
    // so 4.99 through 30 June, and the gap named from 1 July.
    ItemisedBalance balance =
        ITEMISATION.on(
            business(LocalDate.of(2026, 6, 15)),
            invoice("1000.00", LocalDate.of(2026, 6, 1)),
            LocalDate.of(2026, 12, 4));

    assertThat(balance.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("4.99"));
    assertThat(balance.accruedThrough()).contains(LocalDate.of(2026, 6, 30));
    assertThat(balance.complete()).isFalse();
    assertThat(balance.missing())
        .containsExactly(new MissingFigure("ECB_MAIN_REFINANCING", LocalDate.of(2026, 7, 1)));
  }

  @Test
  void nothing_accrues_after_a_settlement_nor_before_the_due_date() {
    AccrualTerms settled = business(LocalDate.of(2024, 6, 15));
    List<Posting> ledger = invoice("10000.00", LocalDate.of(2024, 5, 16));
    ledger.add(
        new Posting(
            LedgerEntryKind.SETTLEMENT,
            DebtComponent.PRINCIPAL,
            eur("-500.00"),
            LocalDate.of(2024, 6, 30)));

    ItemisedBalance later = ITEMISATION.on(settled, ledger, LocalDate.of(2024, 12, 31));
    ItemisedBalance early = ITEMISATION.on(settled, ledger, LocalDate.of(2024, 6, 15));

    // 15 days of June at 14.50 % on 10,000: 59.5890, so 59.59, and no more.
    assertThat(later.line(DebtComponent.PENALTIES).charged()).isEqualTo(eur("59.59"));
    assertThat(early.due()).isEqualTo(eur("10000.00"));
  }

  @Test
  void bringing_the_ledger_up_to_a_day_makes_its_sum_what_is_due() {
    List<Posting> ledger = invoice("10000.00", LocalDate.of(2024, 5, 16));
    AccrualTerms terms = business(LocalDate.of(2024, 6, 15));
    ItemisedBalance balance = ITEMISATION.on(terms, ledger, LocalDate.of(2024, 7, 15));

    List<Posting> entries = Itemisation.catchUp(balance, ledger);
    ledger.addAll(entries);

    assertThat(entries)
        .extracting(Posting::kind, Posting::amount)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(LedgerEntryKind.ACCRUAL, eur("118.15")),
            org.assertj.core.api.Assertions.tuple(LedgerEntryKind.INDEMNITY, eur("40.00")));
    assertThat(sum(ledger)).isEqualTo(balance.due());
    assertThat(
            Itemisation.catchUp(ITEMISATION.on(terms, ledger, LocalDate.of(2024, 7, 15)), ledger))
        .isEmpty();
  }

  static Money sum(List<Posting> ledger) {
    return ledger.stream().map(Posting::amount).reduce(eur("0"), Money::plus);
  }
}
