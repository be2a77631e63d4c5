package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GlobalIds;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A debt's limitation through GraphQL (domain-rules.md section 3): the period by debtor, the events
 * that interrupt, suspend or change nothing, the alerts queue, and the boundary between creditors.
 * Dates are relative to today in the creditors' zone (Europe/Paris), as the server's.
 */
@RecouvraIT
class LimitationIT {
  private static final String LIMITATION_FIELDS =
      """
      fragment LimitationFields on Limitation {
        state lastDayToAct limitedFrom limited alertOn
        period { kind regime length legalReference verified }
        steps { on cause effect lastDayAfter reason }
        events { id kind on endedOn voided source effect }
      }
      """;
  private static final String LIMITATION =
      """
      query Limitation($id: ID!) {
        debt(id: $id) { limitation { ...LimitationFields } collection { mayBeContacted limited } }
      }
      """
          + LIMITATION_FIELDS;

  /** A limitation mutation: its name, input type and what to read of the event. */
  private static final String CHANGE =
      """
      mutation Change($input: %s!) {
        %s(input: $input) {
          event { %s }
          limitation { ...LimitationFields }
          userErrors { field message code }
        }
      }
      """;

  private static final String RECORD =
      CHANGE.formatted("RecordLimitationEventInput", "recordLimitationEvent", "id kind effect")
          + LIMITATION_FIELDS;
  private static final String END =
      CHANGE.formatted("EndLimitationEventInput", "endLimitationEvent", "id endedOn voided")
          + LIMITATION_FIELDS;
  private static final String ALERTS =
      """
      query Alerts($first: Int, $after: String) {
        limitationAlerts(first: $first, after: $after) {
          edges { cursor node { debt { id } lastDayToAct daysLeft alertOn due } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;
  private static final String SET_ALERT_DAYS =
      """
      mutation Set($input: UpdateCreditorInput!) {
        updateCreditor(input: $input) {
          creditor { limitationAlertDays }
          userErrors { field message code }
        }
      }
      """;

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static String debtOn(CreditorFixture owner, LocalDate exigible, String debtorType) {
    return owner
        .register(DebtInput.valid().on(exigible).debtorType(debtorType))
        .string("registerDebt.debt.id");
  }

  private static String consumerDebt(LocalDate exigible) {
    return debtOn(creditor, exigible, "CONSUMER");
  }

  private static GraphQlResponse limitation(String debt) {
    return creditor
        .api()
        .graphql(LIMITATION, Map.of("id", debt), creditor.creditController())
        .assertNoErrors();
  }

  private static GraphQlResponse record(
      CreditorFixture as, String debt, String kind, LocalDate on, Map<String, Object> more) {
    Map<String, Object> input = new HashMap<>(more);
    input.put("debtId", debt);
    input.put("kind", kind);
    input.put("on", on.toString());
    return as.api().graphql(RECORD, Map.of("input", input), as.creditController());
  }

  private static GraphQlResponse record(String debt, String kind, LocalDate on) {
    return record(creditor, debt, kind, on, Map.of()).assertNoUserErrors("recordLimitationEvent");
  }

  private static GraphQlResponse end(CreditorFixture as, Map<String, Object> input) {
    return as.api().graphql(END, Map.of("input", input), as.creditController());
  }

  @Test
  void aProfessionalsClaimOnAConsumerLastsTwoYearsFromExigibility() {
    LocalDate exigible = TODAY.minusDays(100);

    GraphQlResponse read = limitation(consumerDebt(exigible));

    assertThat(read.string("debt.limitation.state")).isEqualTo("RUNNING");
    assertThat(read.string("debt.limitation.lastDayToAct"))
        .isEqualTo(exigible.plusYears(2).toString());
    assertThat(read.string("debt.limitation.limitedFrom"))
        .isEqualTo(exigible.plusYears(2).plusDays(1).toString());
    assertThat(read.string("debt.limitation.period.kind")).isEqualTo("CONSUMER_SUPPLY");
    assertThat(read.string("debt.limitation.period.length")).isEqualTo("P2Y");
    assertThat(read.string("debt.limitation.period.legalReference")).contains("L218-2");
    assertThat(read.string("debt.limitation.steps.0.cause")).isEqualTo("exigible");
    assertThat(read.string("debt.limitation.steps.0.effect")).isEqualTo("STARTED");
    assertThat(read.bool("debt.limitation.limited")).isFalse();
    assertThat(LocalDate.parse(read.string("debt.limitation.alertOn")))
        .isBefore(exigible.plusYears(2))
        .isAfter(exigible.plusYears(2).minusDays(6));
  }

  @Test
  void aClaimOnAProfessionalLastsFiveYears() {
    LocalDate exigible = TODAY.minusDays(100);

    GraphQlResponse read = limitation(debtOn(creditor, exigible, "PROFESSIONAL"));

    assertThat(read.string("debt.limitation.lastDayToAct"))
        .isEqualTo(exigible.plusYears(5).toString());
    assertThat(read.string("debt.limitation.period.kind")).isEqualTo("GENERAL");
    assertThat(read.string("debt.limitation.period.length")).isEqualTo("P5Y");
  }

  @Test
  void anAcknowledgmentStartsAFullNewPeriod() {
    String debt = consumerDebt(TODAY.minusDays(400));
    LocalDate acknowledged = TODAY.minusDays(10);

    GraphQlResponse recorded = record(debt, "ACKNOWLEDGMENT", acknowledged);

    assertThat(recorded.string("recordLimitationEvent.event.effect")).isEqualTo("INTERRUPTED");
    assertThat(recorded.string("recordLimitationEvent.limitation.lastDayToAct"))
        .isEqualTo(acknowledged.plusYears(2).toString());
    GraphQlResponse read = limitation(debt);
    assertThat(read.string("debt.limitation.lastDayToAct"))
        .isEqualTo(acknowledged.plusYears(2).toString());
    assertThat(read.string("debt.limitation.events.0.kind")).isEqualTo("ACKNOWLEDGMENT");
    assertThat(read.string("debt.limitation.events.0.effect")).isEqualTo("INTERRUPTED");
    assertThat(read.string("debt.limitation.steps.1.effect")).isEqualTo("INTERRUPTED");
  }

  @Test
  void aPendingCourtClaimHasNoLastDayUntilTheProceedingsEnd() {
    String debt = consumerDebt(TODAY.minusDays(400));
    GraphQlResponse claimed = record(debt, "COURT_CLAIM", TODAY.minusDays(60));

    assertThat(claimed.string("recordLimitationEvent.limitation.state"))
        .isEqualTo("INTERRUPTION_PENDING");
    assertThat(claimed.isNull("recordLimitationEvent.limitation.lastDayToAct")).isTrue();
    assertThat(claimed.isNull("recordLimitationEvent.limitation.alertOn")).isTrue();

    LocalDate ended = TODAY.minusDays(5);
    GraphQlResponse done =
        end(
                creditor,
                Map.of(
                    "eventId",
                    claimed.string("recordLimitationEvent.event.id"),
                    "endedOn",
                    ended.toString()))
            .assertNoUserErrors("endLimitationEvent");

    assertThat(done.string("endLimitationEvent.event.endedOn")).isEqualTo(ended.toString());
    assertThat(done.string("endLimitationEvent.limitation.state")).isEqualTo("RUNNING");
    assertThat(done.string("endLimitationEvent.limitation.lastDayToAct"))
        .isEqualTo(ended.plusYears(2).toString());
  }

  @Test
  void aVoidedCourtClaimInterruptsNothing() {
    LocalDate exigible = TODAY.minusDays(400);
    String debt = consumerDebt(exigible);
    String claim =
        record(debt, "COURT_CLAIM", TODAY.minusDays(60)).string("recordLimitationEvent.event.id");

    GraphQlResponse voided =
        end(creditor, Map.of("eventId", claim, "voided", true))
            .assertNoUserErrors("endLimitationEvent");

    assertThat(voided.bool("endLimitationEvent.event.voided")).isTrue();
    assertThat(voided.string("endLimitationEvent.limitation.lastDayToAct"))
        .isEqualTo(exigible.plusYears(2).toString());
    assertThat(voided.string("endLimitationEvent.limitation.events.0.effect"))
        .isEqualTo("NO_EFFECT");
    assertThat(
            end(creditor, Map.of("eventId", claim, "endedOn", TODAY.toString()))
                .userErrors("endLimitationEvent"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "eventId"), "NOT_APPLICABLE"));
  }

  @Test
  void aMediationSuspendsTheClockAndItsDaysAreAddedBack() {
    LocalDate exigible = TODAY.minusDays(400);
    String debt = consumerDebt(exigible);
    LocalDate started = TODAY.minusDays(100);
    GraphQlResponse mediation = record(debt, "MEDIATION", started);

    assertThat(mediation.string("recordLimitationEvent.limitation.state")).isEqualTo("SUSPENDED");
    assertThat(mediation.isNull("recordLimitationEvent.limitation.lastDayToAct")).isTrue();

    LocalDate over = TODAY.minusDays(40);
    GraphQlResponse resumed =
        end(
                creditor,
                Map.of(
                    "eventId",
                    mediation.string("recordLimitationEvent.event.id"),
                    "endedOn",
                    over.toString()))
            .assertNoUserErrors("endLimitationEvent");

    assertThat(resumed.string("endLimitationEvent.limitation.lastDayToAct"))
        .isEqualTo(exigible.plusYears(2).plusDays(60).toString());
  }

  @Test
  void remindersAndFormalNoticesShowInTheHistoryButMoveNothing() {
    LocalDate exigible = TODAY.minusDays(300);
    String debt = consumerDebt(exigible);

    record(debt, "REMINDER", TODAY.minusDays(30));
    GraphQlResponse notice = record(debt, "FORMAL_NOTICE", TODAY.minusDays(20));

    assertThat(notice.string("recordLimitationEvent.event.effect")).isEqualTo("NO_EFFECT");
    GraphQlResponse read = limitation(debt);
    assertThat(read.string("debt.limitation.lastDayToAct"))
        .isEqualTo(exigible.plusYears(2).toString());
    assertThat(read.list("debt.limitation.events")).hasSize(2);
    assertThat(read.string("debt.limitation.events.0.kind")).isEqualTo("REMINDER");
    assertThat(read.string("debt.limitation.events.1.kind")).isEqualTo("FORMAL_NOTICE");
    assertThat(read.string("debt.limitation.events.1.effect")).isEqualTo("NO_EFFECT");
  }

  @Test
  void aDebtPastItsLastDayIsLimitedAndMayNoLongerBeChasedButStaysOpen() {
    LocalDate exigible = TODAY.minusYears(2).minusDays(10);

    GraphQlResponse read = limitation(consumerDebt(exigible));

    assertThat(read.bool("debt.limitation.limited")).isTrue();
    assertThat(read.bool("debt.collection.limited")).isTrue();
    assertThat(read.bool("debt.collection.mayBeContacted")).isFalse();
  }

  @Test
  void theQueueListsTheCreditorsDebtsWithinItsWindowEarliestFirst() {
    String near = consumerDebt(TODAY.plusDays(30).minusYears(2));
    String nearer = consumerDebt(TODAY.plusDays(10).minusYears(2));
    String beyond = consumerDebt(TODAY.plusDays(120).minusYears(2));
    String othersNear = debtOn(other, TODAY.plusDays(30).minusYears(2), "CONSUMER");

    List<Map<String, String>> queue = queue();

    assertThat(queue).extracting(a -> a.get("debt")).contains(near, nearer);
    assertThat(queue).extracting(a -> a.get("debt")).doesNotContain(beyond, othersNear);
    assertThat(queue.stream().map(a -> a.get("debt")).filter(List.of(near, nearer)::contains))
        .containsExactly(nearer, near);
    Map<String, String> alert =
        queue.stream().filter(a -> a.get("debt").equals(near)).findFirst().orElseThrow();
    assertThat(alert.get("lastDayToAct")).isEqualTo(TODAY.plusDays(30).toString());
    assertThat(alert.get("daysLeft")).isEqualTo("30");
    assertThat(alert.get("due")).isEqualTo("false");
    assertThat(LocalDate.parse(alert.get("alertOn"))).isBefore(TODAY.plusDays(30));
  }

  @Test
  void aWiderWindowSetOnTheCreditorBringsLaterDebtsIn() {
    String later = debtOn(other, TODAY.plusDays(120).minusYears(2), "CONSUMER");
    assertThat(queueOf(other)).doesNotContain(later);

    GraphQlResponse set = setAlertDays(other, 150).assertNoUserErrors("updateCreditor");

    assertThat(set.data("updateCreditor.creditor.limitationAlertDays").toString()).isEqualTo("150");
    assertThat(queueOf(other)).contains(later);
    GraphQlResponse refused = setAlertDays(other, 0);
    assertThat(refused.userErrors("updateCreditor"))
        .extracting(UserError::code)
        .containsExactly("OUT_OF_RANGE");
  }

  @Test
  void refusesADayInTheFutureAndAnEventOnAClosedDebt() {
    String debt = consumerDebt(TODAY.minusDays(100));

    assertThat(
            record(creditor, debt, "ACKNOWLEDGMENT", TODAY.plusDays(1), Map.of())
                .userErrors("recordLimitationEvent"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "on"), "DATE_ORDER"));
    assertThat(
            record(creditor, debt, "UNREGULARISED_INCIDENT", TODAY, Map.of())
                .userErrors("recordLimitationEvent"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "kind"), "NOT_APPLICABLE"));

    creditor
        .api()
        .graphql(
            "mutation C($input: CancelDebtInput!) { cancelDebt(input: $input) { userErrors { code"
                + " } } }",
            Map.of("input", Map.of("id", debt, "reason", "registered twice")),
            creditor.creditController())
        .assertNoUserErrors("cancelDebt");
    assertThat(
            record(creditor, debt, "ACKNOWLEDGMENT", TODAY, Map.of())
                .userErrors("recordLimitationEvent"))
        .extracting(UserError::code)
        .containsExactly("ALREADY_CLOSED");
  }

  @Test
  void anotherCreditorIsRefusedExactlyAsForAnUnknownIdAndNothingIsWritten() {
    String debt = consumerDebt(TODAY.minusDays(100));
    String claim =
        record(debt, "COURT_CLAIM", TODAY.minusDays(50)).string("recordLimitationEvent.event.id");
    String unknownDebt = GlobalIds.unknownLike(debt);
    String unknownEvent = GlobalIds.unknownLike(claim);

    GraphQlResponse foreign = record(other, debt, "ACKNOWLEDGMENT", TODAY, Map.of());
    GraphQlResponse unknown = record(other, unknownDebt, "ACKNOWLEDGMENT", TODAY, Map.of());
    GraphQlResponse foreignEnd = end(other, Map.of("eventId", claim, "endedOn", TODAY.toString()));
    GraphQlResponse unknownEnd =
        end(other, Map.of("eventId", unknownEvent, "endedOn", TODAY.toString()));

    assertThat(foreign.userErrors("recordLimitationEvent"))
        .extracting(UserError::field, UserError::code, UserError::message)
        .containsExactlyElementsOf(
            unknown.userErrors("recordLimitationEvent").stream()
                .map(e -> tuple(e.field(), e.code(), e.message()))
                .toList())
        .containsExactly(tuple(List.of("input", "debtId"), "NOT_FOUND", "No debt has this id"));
    assertThat(foreign.isNull("recordLimitationEvent.event")).isTrue();
    assertThat(foreignEnd.userErrors("endLimitationEvent"))
        .extracting(UserError::field, UserError::code, UserError::message)
        .containsExactlyElementsOf(
            unknownEnd.userErrors("endLimitationEvent").stream()
                .map(e -> tuple(e.field(), e.code(), e.message()))
                .toList());
    assertThat(foreignEnd.userErrors("endLimitationEvent"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "eventId"), "NOT_FOUND"));
    GraphQlResponse read = limitation(debt);
    assertThat(read.list("debt.limitation.events")).hasSize(1);
    assertThat(read.string("debt.limitation.state")).isEqualTo("INTERRUPTION_PENDING");
    assertThat(
            other
                .api()
                .graphql(LIMITATION, Map.of("id", debt), other.creditController())
                .assertNoErrors()
                .isNull("debt"))
        .isTrue();
  }

  private static GraphQlResponse setAlertDays(CreditorFixture owner, int days) {
    return owner
        .api()
        .graphql(
            SET_ALERT_DAYS,
            Map.of("input", Map.of("id", owner.id(), "limitationAlertDays", days)),
            Identity.admin());
  }

  private static List<Map<String, String>> queue() {
    return alertsOf(creditor);
  }

  private static List<String> queueOf(CreditorFixture owner) {
    return alertsOf(owner).stream().map(a -> a.get("debt")).toList();
  }

  private static List<Map<String, String>> alertsOf(CreditorFixture owner) {
    GraphQlResponse page =
        owner
            .api()
            .graphql(ALERTS, Map.of("first", 100), owner.creditController())
            .assertNoErrors();
    List<Map<String, String>> alerts = new java.util.ArrayList<>();
    for (int i = 0; i < page.list("limitationAlerts.edges").size(); i++) {
      String at = "limitationAlerts.edges." + i + ".node.";
      alerts.add(
          Map.of(
              "debt", page.string(at + "debt.id"),
              "lastDayToAct", page.string(at + "lastDayToAct"),
              "daysLeft", page.data(at + "daysLeft").toString(),
              "alertOn", page.string(at + "alertOn"),
              "due", page.data(at + "due").toString()));
    }
    return alerts;
  }
}
