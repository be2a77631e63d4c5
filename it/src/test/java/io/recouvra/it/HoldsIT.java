package io.recouvra.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.recouvra.it.support.CreditorFixture;
import io.recouvra.it.support.DebtInput;
import io.recouvra.it.support.GraphQlResponse;
import io.recouvra.it.support.Identity;
import io.recouvra.it.support.RecouvraIT;
import io.recouvra.it.support.UserError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Collection holds: overlapping holds, who may lift them, and what they let through. */
@RecouvraIT
class HoldsIT {
  private static final String PLACE =
      """
      mutation Place($input: PlaceHoldInput!) {
        placeHold(input: $input) {
          hold { id reason source since until liftedAt }
          userErrors { field message code }
        }
      }
      """;
  private static final String LIFT =
      """
      mutation Lift($input: LiftHoldInput!) {
        liftHold(input: $input) { hold { id liftedAt } userErrors { field message code } }
      }
      """;
  private static final String STATE =
      """
      query State($id: ID!) {
        debt(id: $id) {
          collection { mayBeContacted heldFor }
          holds { reason liftedAt }
        }
      }
      """;

  @RegisterExtension static final CreditorFixture creditor = new CreditorFixture();
  @RegisterExtension static final CreditorFixture other = new CreditorFixture();

  private static String newDebt() {
    return creditor.register(DebtInput.valid()).string("registerDebt.debt.id");
  }

  private static GraphQlResponse place(String debt, String reason, String until) {
    Map<String, Object> input = new HashMap<>();
    input.put("debtId", debt);
    input.put("reason", reason);
    if (until != null) {
      input.put("until", until);
    }
    return creditor.api().graphql(PLACE, Map.of("input", input), creditor.creditController());
  }

  private static GraphQlResponse lift(String hold, Identity who) {
    return creditor.api().graphql(LIFT, Map.of("input", Map.of("holdId", hold)), who);
  }

  private static GraphQlResponse state(String debt) {
    return creditor
        .api()
        .graphql(STATE, Map.of("id", debt), creditor.creditController())
        .assertNoErrors();
  }

  @Test
  void anUnheldOpenDebtMayBeContacted() {
    GraphQlResponse state = state(newDebt());

    assertThat(state.bool("debt.collection.mayBeContacted")).isTrue();
    assertThat(state.list("debt.collection.heldFor")).isEmpty();
  }

  @Test
  void overlappingHoldsKeepTheDebtHeldUntilTheLastIsLifted() {
    String debt = newDebt();
    String manual =
        place(debt, "MANUAL", null).assertNoUserErrors("placeHold").string("placeHold.hold.id");
    String dispute =
        place(debt, "DISPUTE", null).assertNoUserErrors("placeHold").string("placeHold.hold.id");

    assertThat(state(debt).list("debt.collection.heldFor")).hasSize(2);

    lift(manual, creditor.creditController()).assertNoUserErrors("liftHold");
    GraphQlResponse afterFirst = state(debt);
    assertThat(afterFirst.bool("debt.collection.mayBeContacted")).isFalse();
    assertThat(afterFirst.string("debt.collection.heldFor.0")).isEqualTo("DISPUTE");
    assertThat(afterFirst.list("debt.holds")).hasSize(2);

    lift(dispute, creditor.clientApp()).assertNoUserErrors("liftHold");
    assertThat(state(debt).bool("debt.collection.mayBeContacted")).isTrue();
  }

  @Test
  void aHoldWhoseLastDayHasPassedNoLongerApplies() {
    String debt = newDebt();
    GraphQlResponse placed =
        creditor
            .api()
            .graphql(
                PLACE,
                Map.of(
                    "input",
                    Map.of(
                        "debtId", debt,
                        "reason", "PROMISE_TO_PAY",
                        "since", "2026-01-01",
                        "until", "2026-01-31")),
                creditor.creditController());

    placed.assertNoUserErrors("placeHold");
    assertThat(state(debt).bool("debt.collection.mayBeContacted")).isTrue();
  }

  @Test
  void refusesAHoldEndingBeforeItStartsAndOnAClosedDebt() {
    String debt = newDebt();
    GraphQlResponse backwards =
        creditor
            .api()
            .graphql(
                PLACE,
                Map.of(
                    "input",
                    Map.of(
                        "debtId", debt,
                        "reason", "MANUAL",
                        "since", "2026-03-01",
                        "until", "2026-02-01")),
                creditor.creditController());
    assertThat(backwards.userErrors("placeHold"))
        .extracting(UserError::code)
        .containsExactly("DATE_ORDER");

    creditor
        .api()
        .graphql(
            """
            mutation C($input: CancelDebtInput!) { cancelDebt(input: $input) { userErrors { code } } }
            """,
            Map.of("input", Map.of("id", debt, "reason", "registered twice")),
            creditor.creditController())
        .assertNoUserErrors("cancelDebt");
    assertThat(place(debt, "MANUAL", null).userErrors("placeHold"))
        .extracting(UserError::code)
        .containsExactly("ALREADY_CLOSED");
  }

  @Test
  void liftingTwiceIsRefused() {
    String hold =
        place(newDebt(), "MANUAL", null)
            .assertNoUserErrors("placeHold")
            .string("placeHold.hold.id");
    lift(hold, creditor.creditController()).assertNoUserErrors("liftHold");

    assertThat(lift(hold, creditor.creditController()).userErrors("liftHold"))
        .extracting(UserError::code)
        .containsExactly("ALREADY_LIFTED");
  }

  @Test
  void anotherCreditorCanNeitherHoldNorLiftAndLearnsNothing() {
    String debt = newDebt();
    String hold = place(debt, "MANUAL", null).string("placeHold.hold.id");

    GraphQlResponse foreignPlace =
        other
            .api()
            .graphql(
                PLACE,
                Map.of("input", Map.of("debtId", debt, "reason", "MANUAL")),
                other.creditController());
    GraphQlResponse foreignLift = lift(hold, other.creditController());

    assertThat(foreignPlace.userErrors("placeHold"))
        .extracting(UserError::field, UserError::code)
        .containsExactly(tuple(List.of("input", "debtId"), "NOT_FOUND"));
    assertThat(foreignLift.userErrors("liftHold"))
        .extracting(UserError::code)
        .containsExactly("NOT_FOUND");
    assertThat(state(debt).string("debt.collection.heldFor.0")).isEqualTo("MANUAL");
    assertThat(state(debt).list("debt.collection.heldFor")).hasSize(1);
  }
}
