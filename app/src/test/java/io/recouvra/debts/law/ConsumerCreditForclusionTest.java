package io.recouvra.debts.law;

import static io.recouvra.debts.law.LatePaymentPenaltiesTest.day;
import static io.recouvra.debts.law.LimitationEventKind.ACKNOWLEDGMENT;
import static io.recouvra.debts.law.LimitationEventKind.COURT_CLAIM;
import static io.recouvra.debts.law.LimitationEventKind.DEBTOR_PARTIAL_PAYMENT;
import static io.recouvra.debts.law.LimitationEventKind.MEDIATION;
import static io.recouvra.debts.law.LimitationEventKind.OVER_INDEBTEDNESS_PLAN;
import static io.recouvra.debts.law.LimitationEventKind.RESCHEDULING;
import static io.recouvra.debts.law.LimitationEventKind.UNREGULARISED_INCIDENT;
import static io.recouvra.debts.law.LimitationRulesTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recouvra.debts.DebtorType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Consumer credit: a 2-year forclusion from the first unregularised incident (Code de la
 * consommation R312-35, verify), which an acknowledgment or a partial payment does not interrupt.
 */
class ConsumerCreditForclusionTest {

  private static final LocalDate FIRST_INCIDENT = day("2024-05-10");

  @Test
  void twoYearsFromTheFirstUnregularisedIncident() {
    Limitation limitation = credit();

    assertThat(limitation.lastDayToAct()).contains(day("2026-05-10"));
    assertThat(limitation.period().regime()).isEqualTo(LimitationRegime.FORCLUSION);
  }

  @Test
  void neitherAcknowledgmentNorPartialPaymentNorMediationMovesIt() {
    Limitation limitation =
        credit(
            event(ACKNOWLEDGMENT, "2025-01-10"),
            event(DEBTOR_PARTIAL_PAYMENT, "2025-06-01"),
            LimitationEvent.lasted(MEDIATION, day("2025-07-01"), day("2025-09-01")));

    assertThat(limitation.lastDayToAct()).contains(day("2026-05-10"));
    assertThat(limitation.steps())
        .filteredOn(step -> step.effect() == LimitationEffect.NO_EFFECT)
        .hasSize(3);
  }

  @Test
  void aLaterIncidentAloneDoesNotRestartIt() {
    assertThat(credit(event(UNREGULARISED_INCIDENT, "2025-02-10")).lastDayToAct())
        .contains(day("2026-05-10"));
  }

  @Test
  void aReschedulingRestartsItFromTheFirstIncidentAfter() {
    Limitation waiting = credit(event(RESCHEDULING, "2025-01-15"));
    assertThat(waiting.state()).isEqualTo(LimitationState.AWAITING_INCIDENT);
    assertThat(waiting.lastDayToAct()).isEmpty();

    Limitation restarted =
        credit(
            event(RESCHEDULING, "2025-01-15"),
            event(UNREGULARISED_INCIDENT, "2025-06-05"),
            event(UNREGULARISED_INCIDENT, "2025-08-05"));
    assertThat(restarted.lastDayToAct()).contains(day("2027-06-05"));
  }

  @Test
  void anOverIndebtednessPlanRestartsItToo() {
    assertThat(
            credit(
                    event(OVER_INDEBTEDNESS_PLAN, "2025-03-01"),
                    event(UNREGULARISED_INCIDENT, "2026-01-20"))
                .lastDayToAct())
        .contains(day("2028-01-20"));
  }

  @Test
  void aCourtClaimInterruptsAForclusion() {
    // Code civil 2241: "interrompt le délai de prescription ainsi que le délai de forclusion".
    assertThat(
            credit(LimitationEvent.lasted(COURT_CLAIM, day("2025-03-01"), day("2025-11-30")))
                .lastDayToAct())
        .contains(day("2027-11-30"));
  }

  @Test
  void aConsumerCreditIsOwedByAConsumer() {
    assertThatThrownBy(
            () ->
                LimitationRulesTest.limitation(
                    FIRST_INCIDENT, DebtorType.PROFESSIONAL, DebtNature.CONSUMER_CREDIT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Limitation credit(LimitationEvent... events) {
    return LimitationRulesTest.limitation(
        FIRST_INCIDENT, DebtorType.CONSUMER, DebtNature.CONSUMER_CREDIT, events);
  }
}
