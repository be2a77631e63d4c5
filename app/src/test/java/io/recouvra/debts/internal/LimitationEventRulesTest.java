package io.recouvra.debts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.EndLimitationEvent;
import io.recouvra.debts.RecordLimitationEvent;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The checks of the limitation events people record and end: each problem names its field. */
class LimitationEventRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  private static final DebtId DEBT = DebtId.random();

  private static RecordLimitationEvent event(LimitationEventKind kind, LocalDate on) {
    return new RecordLimitationEvent(DEBT, kind, on, Optional.empty(), false, Optional.empty());
  }

  /** An event of {@code kind} ten days ago, ended on {@code endedOn}. */
  private static RecordLimitationEvent lasting(
      LimitationEventKind kind, LocalDate endedOn, boolean voided) {
    return new RecordLimitationEvent(
        DEBT, kind, TODAY.minusDays(10), Optional.of(endedOn), voided, Optional.empty());
  }

  private static List<Tuple> problems(List<Problem> problems) {
    return problems.stream().map(p -> tuple(String.join(".", p.field()), p.code())).toList();
  }

  @Test
  void acceptsAnAcknowledgmentOfToday() {
    assertThat(LimitationEventRules.check(event(LimitationEventKind.ACKNOWLEDGMENT, TODAY), TODAY))
        .isEmpty();
  }

  @Test
  void refusesADayAfterTheCreditorsToday() {
    RecordLimitationEvent tomorrow = event(LimitationEventKind.ACKNOWLEDGMENT, TODAY.plusDays(1));

    assertThat(problems(LimitationEventRules.check(tomorrow, TODAY)))
        .containsExactly(tuple("on", ErrorCode.DATE_ORDER));
  }

  @Test
  void refusesAnEndBeforeTheStartOrInTheFuture() {
    RecordLimitationEvent backwards =
        lasting(LimitationEventKind.MEDIATION, TODAY.minusDays(20), false);
    RecordLimitationEvent ahead =
        lasting(LimitationEventKind.COURT_CLAIM, TODAY.plusDays(3), false);

    assertThat(problems(LimitationEventRules.check(backwards, TODAY)))
        .containsExactly(tuple("endedOn", ErrorCode.DATE_ORDER));
    assertThat(problems(LimitationEventRules.check(ahead, TODAY)))
        .containsExactly(tuple("endedOn", ErrorCode.DATE_ORDER));
  }

  @Test
  void refusesAnEndForAnEventThatDoesNotLastAndVoidingAnythingButACourtClaim() {
    RecordLimitationEvent endedAcknowledgment =
        lasting(LimitationEventKind.ACKNOWLEDGMENT, TODAY, true);

    assertThat(problems(LimitationEventRules.check(endedAcknowledgment, TODAY)))
        .containsExactly(
            tuple("endedOn", ErrorCode.NOT_APPLICABLE), tuple("voided", ErrorCode.NOT_APPLICABLE));
  }

  @Test
  void leavesDebtorsPaymentsToTheLedgerAndLimitsTheNote() {
    RecordLimitationEvent payment =
        new RecordLimitationEvent(
            DEBT,
            LimitationEventKind.DEBTOR_PARTIAL_PAYMENT,
            TODAY,
            Optional.empty(),
            false,
            Optional.of("x".repeat(501)));

    assertThat(problems(LimitationEventRules.check(payment, TODAY)))
        .containsExactlyInAnyOrder(
            tuple("kind", ErrorCode.NOT_APPLICABLE), tuple("note", ErrorCode.TOO_LONG));
  }

  @Test
  void acceptsForclusionEventsOnlyOnAConsumerCredit() {
    RecordLimitationEvent rescheduling = event(LimitationEventKind.RESCHEDULING, TODAY);

    assertThat(LimitationEventRules.checkOn(rescheduling, debt(DebtNature.CONSUMER_CREDIT)))
        .isEmpty();
    assertThat(
            problems(LimitationEventRules.checkOn(rescheduling, debt(DebtNature.TELECOM_SERVICE))))
        .containsExactly(tuple("kind", ErrorCode.NOT_APPLICABLE));
    assertThat(
            LimitationEventRules.checkOn(
                event(LimitationEventKind.ACKNOWLEDGMENT, TODAY), debt(DebtNature.TELECOM_SERVICE)))
        .isEmpty();
  }

  @Test
  void endsOnlyLastingEventsOnceAndNeverBeforeTheyStarted() {
    LimitationEvent claim =
        LimitationEvent.started(LimitationEventKind.COURT_CLAIM, TODAY.minusDays(30));
    LimitationEvent acknowledgment =
        LimitationEvent.of(LimitationEventKind.ACKNOWLEDGMENT, TODAY.minusDays(30));
    LimitationEvent mediation =
        LimitationEvent.started(LimitationEventKind.MEDIATION, TODAY.minusDays(30));

    assertThat(LimitationEventRules.checkEnd(claim, false, end(TODAY, false), TODAY)).isEmpty();
    assertThat(LimitationEventRules.checkEnd(claim, false, voided(), TODAY)).isEmpty();
    assertThat(problems(LimitationEventRules.checkEnd(claim, true, end(TODAY, false), TODAY)))
        .containsExactly(tuple("eventId", ErrorCode.NOT_APPLICABLE));
    assertThat(
            problems(
                LimitationEventRules.checkEnd(acknowledgment, false, end(TODAY, false), TODAY)))
        .containsExactly(tuple("eventId", ErrorCode.NOT_APPLICABLE));
    assertThat(problems(LimitationEventRules.checkEnd(mediation, false, voided(), TODAY)))
        .containsExactly(tuple("voided", ErrorCode.NOT_APPLICABLE));
    assertThat(
            problems(
                LimitationEventRules.checkEnd(
                    claim, false, end(TODAY.minusDays(31), false), TODAY)))
        .containsExactly(tuple("endedOn", ErrorCode.DATE_ORDER));
    assertThat(
            problems(
                LimitationEventRules.checkEnd(
                    claim,
                    false,
                    new EndLimitationEvent(UUID.randomUUID(), Optional.empty(), false),
                    TODAY)))
        .containsExactly(tuple("endedOn", ErrorCode.REQUIRED));
  }

  private static EndLimitationEvent end(LocalDate on, boolean voided) {
    return new EndLimitationEvent(UUID.randomUUID(), Optional.of(on), voided);
  }

  private static EndLimitationEvent voided() {
    return new EndLimitationEvent(UUID.randomUUID(), Optional.empty(), true);
  }

  private static DebtView debt(DebtNature nature) {
    Currency euro = Currency.getInstance("EUR");
    SecureRandom random = new SecureRandom();
    return new DebtView(
        DEBT,
        CreditorId.random(),
        new DebtorId(UUID.randomUUID()),
        "INV-1",
        Optional.empty(),
        Money.of(new java.math.BigDecimal("10.00"), euro),
        Money.of(new java.math.BigDecimal("10.00"), euro),
        TODAY.minusDays(60),
        TODAY.minusDays(30),
        TODAY.minusDays(30),
        nature,
        Optional.empty(),
        DebtStatus.OPEN,
        Optional.empty(),
        List.of(),
        CreditorReference.random(random),
        AccessCode.random(random),
        Instant.EPOCH);
  }
}
