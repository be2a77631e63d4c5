package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LimitationEventKind.ACKNOWLEDGMENT;
import static io.recouvra.debts.law.LimitationEventKind.CLAIM_DECLARED;
import static io.recouvra.debts.law.LimitationEventKind.COURT_CLAIM;
import static io.recouvra.debts.law.LimitationEventKind.DEBTOR_PARTIAL_PAYMENT;
import static io.recouvra.debts.law.LimitationEventKind.ENFORCED_PAYMENT;
import static io.recouvra.debts.law.LimitationEventKind.ENFORCEMENT_ACT;
import static io.recouvra.debts.law.LimitationEventKind.FORMAL_NOTICE;
import static io.recouvra.debts.law.LimitationEventKind.MEDIATION;
import static io.recouvra.debts.law.LimitationEventKind.REMINDER;
import static io.recouvra.debts.law.LimitationEventKind.THIRD_PARTY_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.debts.DebtorType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Limitation (domain-rules.md section 3). Counting: Code de procédure civile 641 (a period in years
 * ends on the day with the same number, or the month's last day) and Code civil 2228-2229 (the
 * starting day does not count; accomplished at the end of the last day): exigible 2024-03-15, 2
 * years -> last day 2026-03-15, limited from 2026-03-16.
 */
class LimitationRulesTest {

  private static final LimitationRules RULES = new LimitationRules(LawTablesCsv.seed());
  private static final LocalDate EXIGIBLE = day("2024-03-15");

  @Test
  void fiveYearsBetweenProfessionalsEndOnTheSameDayNumber() {
    Limitation limitation = consumerGoods(DebtorType.PROFESSIONAL);

    assertThat(limitation.lastDayToAct()).contains(day("2029-03-15"));
    assertThat(limitation.period().legalReference()).contains("2224").contains("L110-4");
    assertThat(limitation.limitedOn(day("2029-03-15"))).isFalse();
    assertThat(limitation.limitedOn(day("2029-03-16"))).isTrue();
  }

  @Test
  void twoYearsAgainstAConsumer() {
    Limitation limitation = consumerGoods(DebtorType.CONSUMER);

    assertThat(limitation.lastDayToAct()).contains(day("2026-03-15"));
    assertThat(limitation.period().legalReference()).contains("L218-2");
    assertThat(limitation.limitedOn(day("2026-03-16"))).isTrue();
  }

  @Test
  void aNonProfessionalLegalPersonIsNotAConsumer() {
    // Cass. 3e civ. 28 Sept 2022, 21-19.829: 5 years for it.
    assertThat(consumerGoods(DebtorType.NON_PROFESSIONAL).lastDayToAct())
        .contains(day("2029-03-15"));
  }

  @Test
  void aCreditorOutsideTradeHasTheGeneralPeriodAgainstAConsumer() {
    LimitationCase limitationCase =
        new LimitationCase(
            EXIGIBLE,
            EXIGIBLE,
            DebtorType.CONSUMER,
            DebtNature.GOODS_OR_SERVICES,
            false,
            List.of());

    assertThat(RULES.limitation(limitationCase).lastDayToAct()).contains(day("2029-03-15"));
  }

  @Test
  void fromTheTwentyNinthOfFebruaryAYearEndsOnTheTwentyEighth() {
    // CPC 641: "A défaut d'un quantième identique, le délai expire le dernier jour du mois."
    Limitation telecom =
        limitation(day("2024-02-29"), DebtorType.CONSUMER, DebtNature.TELECOM_SERVICE);

    assertThat(telecom.lastDayToAct()).contains(day("2025-02-28"));
  }

  @Test
  void specialPeriodsComeFromTheTable() {
    assertThat(
            limitation(EXIGIBLE, DebtorType.CONSUMER, DebtNature.RESIDENTIAL_RENT).lastDayToAct())
        .contains(day("2027-03-15"));
    assertThat(
            limitation(EXIGIBLE, DebtorType.PROFESSIONAL, DebtNature.INSURANCE_PREMIUM)
                .lastDayToAct())
        .contains(day("2026-03-15"));
    assertThat(limitation(EXIGIBLE, DebtorType.PROFESSIONAL, DebtNature.CARRIAGE).lastDayToAct())
        .contains(day("2025-03-15"));
    assertThat(limitation(EXIGIBLE, DebtorType.CONSUMER, DebtNature.JUDGMENT).lastDayToAct())
        .contains(day("2034-03-15"));
  }

  @Test
  void anAcknowledgmentStartsAFullNewPeriod() {
    Limitation limitation = consumer(event(ACKNOWLEDGMENT, "2025-01-10"));

    assertThat(limitation.lastDayToAct()).contains(day("2027-01-10"));
    assertThat(limitation.steps())
        .extracting(LimitationStep::effect)
        .containsExactly(LimitationEffect.STARTED, LimitationEffect.INTERRUPTED);
  }

  @Test
  void onlyAVoluntaryPaymentByTheDebtorInterrupts() {
    assertThat(consumer(event(DEBTOR_PARTIAL_PAYMENT, "2025-06-01")).lastDayToAct())
        .contains(day("2027-06-01"));
    assertThat(consumer(event(THIRD_PARTY_PAYMENT, "2025-06-01")).lastDayToAct())
        .contains(day("2026-03-15"));
    assertThat(consumer(event(ENFORCED_PAYMENT, "2025-06-01")).lastDayToAct())
        .contains(day("2026-03-15"));
  }

  @Test
  void remindersAndFormalNoticesNeverMoveIt() {
    Limitation limitation =
        consumer(event(REMINDER, "2024-04-01"), event(FORMAL_NOTICE, "2025-12-01"));

    assertThat(limitation.lastDayToAct()).contains(day("2026-03-15"));
    assertThat(limitation.steps())
        .filteredOn(step -> step.effect() == LimitationEffect.NO_EFFECT)
        .hasSize(2);
  }

  @Test
  void aPaymentOnTheLastDayInterruptsButTheNextDayRevivesNothing() {
    assertThat(consumer(event(DEBTOR_PARTIAL_PAYMENT, "2026-03-15")).lastDayToAct())
        .contains(day("2028-03-15"));

    Limitation late = consumer(event(DEBTOR_PARTIAL_PAYMENT, "2026-03-16"));
    assertThat(late.lastDayToAct()).contains(day("2026-03-15"));
    assertThat(late.limitedOn(day("2026-03-16"))).isTrue();
    assertThat(late.steps())
        .last()
        .satisfies(
            step -> {
              assertThat(step.effect()).isEqualTo(LimitationEffect.TOO_LATE);
              assertThat(step.reason()).contains("19-26.253");
            });
  }

  @Test
  void aPendingCourtClaimHoldsTheClockUntilTheProceedingsEnd() {
    Limitation pending = consumer(LimitationEvent.started(COURT_CLAIM, day("2025-05-01")));

    assertThat(pending.state()).isEqualTo(LimitationState.INTERRUPTION_PENDING);
    assertThat(pending.lastDayToAct()).isEmpty();
    assertThat(pending.limitedOn(day("2040-01-01"))).isFalse();

    Limitation ended =
        consumer(LimitationEvent.lasted(COURT_CLAIM, day("2025-05-01"), day("2026-09-30")));
    assertThat(ended.lastDayToAct()).contains(day("2028-09-30"));
  }

  @Test
  void aVoidedCourtClaimInterruptsNothing() {
    Limitation limitation = consumer(LimitationEvent.voidedCourtClaim(day("2025-05-01")));

    assertThat(limitation.lastDayToAct()).contains(day("2026-03-15"));
    assertThat(limitation.steps())
        .last()
        .satisfies(step -> assertThat(step.reason()).contains("2243"));
  }

  @Test
  void anEnforcementActInterrupts() {
    assertThat(consumer(event(ENFORCEMENT_ACT, "2025-02-01")).lastDayToAct())
        .contains(day("2027-02-01"));
  }

  @Test
  void aClaimDeclaredInterruptsUntilTheCollectiveProceedingCloses() {
    // Professional, 5 years: 2029-03-15; proceeding closes 2027-04-30 -> 2032-04-30.
    Limitation limitation =
        limitation(
            EXIGIBLE,
            DebtorType.PROFESSIONAL,
            DebtNature.GOODS_OR_SERVICES,
            LimitationEvent.lasted(CLAIM_DECLARED, day("2025-01-15"), day("2027-04-30")));

    assertThat(limitation.lastDayToAct()).contains(day("2032-04-30"));
  }

  @Test
  void aMediationAddsThePausedDays() {
    // Paused 2025-01-01 to 2025-03-01: 31 + 28 = 59 days; 2026-03-15 + 59 days = 2026-05-13
    // (16 days to 03-31, 30 in April, 13 in May). At least 6 months after the end: 2025-09-01.
    Limitation limitation =
        consumer(LimitationEvent.lasted(MEDIATION, day("2025-01-01"), day("2025-03-01")));

    assertThat(limitation.lastDayToAct()).contains(day("2026-05-13"));
  }

  @Test
  void aMediationEndingLateLeavesAtLeastSixMonths() {
    // Paused 2026-02-01 to 2026-03-01 (28 days): 2026-04-12, but 2026-03-01 + 6 months =
    // 2026-09-01 is later (Code civil 2238).
    Limitation limitation =
        consumer(LimitationEvent.lasted(MEDIATION, day("2026-02-01"), day("2026-03-01")));

    assertThat(limitation.lastDayToAct()).contains(day("2026-09-01"));
  }

  @Test
  void aMediationUnderWayPausesTheClock() {
    Limitation limitation = consumer(LimitationEvent.started(MEDIATION, day("2026-02-01")));

    assertThat(limitation.state()).isEqualTo(LimitationState.SUSPENDED);
    assertThat(limitation.lastDayToAct()).isEmpty();
  }

  @Test
  void anAcknowledgmentDuringAMediationRestartsInFullWhenItEnds() {
    // Acknowledged 2025-02-01 while suspended; the mediation ends 2025-03-01: 2027-03-01.
    Limitation limitation =
        consumer(
            LimitationEvent.lasted(MEDIATION, day("2025-01-01"), day("2025-03-01")),
            event(ACKNOWLEDGMENT, "2025-02-01"));

    assertThat(limitation.lastDayToAct()).contains(day("2027-03-01"));
  }

  @Test
  void acknowledgmentsNeverCarryAPrescriptionBeyondTwentyYearsFromTheBirthOfTheRight() {
    // Born and exigible 2017-01-10, 5 years; acknowledged every 5 years or so:
    // 2021-12-01 -> 2026-12-01; 2026-11-01 -> 2031-11-01; 2031-10-01 -> 2036-10-01;
    // 2036-09-01 -> 2041-09-01, beyond 2017-01-10 + 20 years = 2037-01-10 (Code civil 2232).
    Limitation limitation =
        limitation(
            day("2017-01-10"),
            DebtorType.PROFESSIONAL,
            DebtNature.GOODS_OR_SERVICES,
            event(ACKNOWLEDGMENT, "2021-12-01"),
            event(ACKNOWLEDGMENT, "2026-11-01"),
            event(ACKNOWLEDGMENT, "2031-10-01"),
            event(ACKNOWLEDGMENT, "2036-09-01"));

    assertThat(limitation.lastDayToAct()).contains(day("2037-01-10"));
    assertThat(limitation.steps())
        .last()
        .satisfies(
            step -> {
              assertThat(step.effect()).isEqualTo(LimitationEffect.CAPPED);
              assertThat(step.reason()).contains("2232");
            });
  }

  @Test
  void anEnforcementActMayGoBeyondTheLongStop() {
    // Same debt; an enforcement act 2036-09-15 -> 2041-09-15 (2232 second paragraph, 2244).
    Limitation limitation =
        limitation(
            day("2017-01-10"),
            DebtorType.PROFESSIONAL,
            DebtNature.GOODS_OR_SERVICES,
            event(ACKNOWLEDGMENT, "2021-12-01"),
            event(ACKNOWLEDGMENT, "2026-11-01"),
            event(ACKNOWLEDGMENT, "2031-10-01"),
            event(ENFORCEMENT_ACT, "2036-09-15"));

    assertThat(limitation.lastDayToAct()).contains(day("2041-09-15"));
  }

  @Test
  void anEventOutsideTheTablesIsAnExplicitError() {
    assertThatThrownBy(() -> consumerGoodsExigible(day("2015-01-01")))
        .isInstanceOf(RateUnknownException.class);
  }

  private static Limitation consumerGoodsExigible(LocalDate exigibleOn) {
    return limitation(exigibleOn, DebtorType.CONSUMER, DebtNature.GOODS_OR_SERVICES);
  }

  private static Limitation consumerGoods(DebtorType debtorType) {
    return limitation(EXIGIBLE, debtorType, DebtNature.GOODS_OR_SERVICES);
  }

  private static Limitation consumer(LimitationEvent... events) {
    return limitation(EXIGIBLE, DebtorType.CONSUMER, DebtNature.GOODS_OR_SERVICES, events);
  }

  static Limitation limitation(
      LocalDate exigibleOn, DebtorType debtorType, DebtNature nature, LimitationEvent... events) {
    return RULES.limitation(LimitationCase.of(exigibleOn, debtorType, nature, List.of(events)));
  }

  static LimitationEvent event(LimitationEventKind kind, String on) {
    return LimitationEvent.of(kind, day(on));
  }
}
