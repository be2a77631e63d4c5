package io.recouvra.debts.graphql;

import io.recouvra.debts.LimitationEventView;
import io.recouvra.debts.LimitationView;
import io.recouvra.debts.law.LimitationEffect;
import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.LimitationState;
import io.recouvra.debts.law.LimitationStep;
import io.recouvra.debts.law.PeriodKind;
import io.recouvra.shared.graphql.GlobalIds;
import io.recouvra.shared.graphql.PageInfo;
import io.recouvra.shared.graphql.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The types, inputs and payloads of limitation in the API. */
public final class LimitationTypes {
  static final String EVENT_TYPE = "LimitationEvent";

  private LimitationTypes() {}

  /** A debt's limitation as the API shows it. */
  @Type("Limitation")
  @Description(
      "The last day to bring the debt's claim to court (prescription or forclusion), the period"
          + " applied and the steps that set it. Holds never stop it; only the events do.")
  public static class LimitationType {
    private final LimitationView view;

    LimitationType(LimitationView view) {
      this.view = view;
    }

    @NonNull
    @Description("Whether a last day to act is known, and why not when it is not.")
    public LimitationState getState() {
      return view.limitation().state();
    }

    @Description(
        "The last day on which the claim can still be brought; null while proceedings are"
            + " pending, a mediation runs or a consumer credit awaits an incident.")
    public LocalDate getLastDayToAct() {
      return view.limitation().lastDayToAct().orElse(null);
    }

    @Description("The day the debt is limited from: the day after the last day to act.")
    public LocalDate getLimitedFrom() {
      return view.limitedFrom().orElse(null);
    }

    @NonNull
    @Description(
        "True once the last day to act has passed (in the creditor's time zone): the debt may"
            + " no longer be chased. It is not closed automatically.")
    public boolean isLimited() {
      return view.limited();
    }

    @Description(
        "The day the alert is due: the last working day before the last day to act, in the"
            + " creditor's country; null while no last day is known.")
    public LocalDate getAlertOn() {
      return view.alertOn().orElse(null);
    }

    @NonNull
    @Description("The period applied, chosen by the debt's nature, debtor and creditor.")
    public LimitationPeriodType getPeriod() {
      return new LimitationPeriodType(view.limitation().period());
    }

    @NonNull
    @Description("The explanation, in order: each step with what it did and the last day after it.")
    public List<@NonNull LimitationStepType> getSteps() {
      return view.limitation().steps().stream().map(LimitationStepType::new).toList();
    }

    @NonNull
    @Description("The events recorded on the debt, in the order they happened, with their effect.")
    public List<@NonNull LimitationEventNode> getEvents() {
      return view.events().stream().map(e -> new LimitationEventNode(e, view.effectOf(e))).toList();
    }
  }

  /** The period of the law applied to a debt. */
  @Type("LimitationPeriod")
  @Description("A length of time of the law, as dated data with its legal reference.")
  public static class LimitationPeriodType {
    private final LimitationPeriod period;

    LimitationPeriodType(LimitationPeriod period) {
      this.period = period;
    }

    @NonNull
    @Description("What the period is for.")
    public PeriodKind getKind() {
      return period.kind();
    }

    @NonNull
    @Description("Prescription or forclusion, which decides the events that move it.")
    public LimitationRegime getRegime() {
      return period.regime();
    }

    @NonNull
    @Description("The length as an ISO-8601 period, e.g. P2Y for two years.")
    public String getLength() {
      return period.length().toString();
    }

    @NonNull
    @Description("The text that sets it, e.g. Code de la consommation L218-2.")
    public String getLegalReference() {
      return period.legalReference();
    }

    @NonNull
    @Description("Whether the figure was checked against its primary source.")
    public boolean isVerified() {
      return period.verified();
    }

    @Description("What is still unconfirmed, or how the period applies; null when nothing to say.")
    public String getNote() {
      return period.note().isBlank() ? null : period.note();
    }
  }

  /** One step of the explanation of a limitation. */
  @Type("LimitationStep")
  @Description("One step of a limitation: what happened, what it did, and the last day after it.")
  public static class LimitationStepType {
    private final LimitationStep step;

    LimitationStepType(LimitationStep step) {
      this.step = step;
    }

    @NonNull
    @Description("The day of the step.")
    public LocalDate getOn() {
      return step.on();
    }

    @NonNull
    @Description(
        "What happened: exigible (the start), the kind of an event (e.g. ACKNOWLEDGMENT), or"
            + " long stop (the 20-year cap).")
    public String getCause() {
      return step.cause();
    }

    @NonNull
    @Description("What the step did to the limitation.")
    public LimitationEffect getEffect() {
      return step.effect();
    }

    @Description("The last day to act after the step; null while none is known.")
    public LocalDate getLastDayAfter() {
      return step.lastDayAfter().orElse(null);
    }

    @NonNull
    @Description("Why, with the legal reference.")
    public String getReason() {
      return step.reason();
    }
  }

  /** A recorded limitation event. */
  @Type(EVENT_TYPE)
  @Description(
      "Something that happened to a debt and may move its limitation; reminders and formal"
          + " notices are kept too, though they never move it.")
  public static class LimitationEventNode {
    private final LimitationEventView event;
    private final Optional<LimitationEffect> effectOf;

    LimitationEventNode(LimitationEventView event, Optional<LimitationEffect> effectOf) {
      this.event = event;
      this.effectOf = effectOf;
    }

    @Id
    @NonNull
    @Description("The event's opaque global id.")
    public String getId() {
      return GlobalIds.encode(EVENT_TYPE, event.id());
    }

    @NonNull
    @Description("What happened.")
    public LimitationEventKind getKind() {
      return event.event().kind();
    }

    @NonNull
    @Description("The day it happened; for a formal notice, the day the debtor received it.")
    public LocalDate getOn() {
      return event.event().on();
    }

    @Description("For a court claim, a declared claim or a mediation, the day it ended.")
    public LocalDate getEndedOn() {
      return event.event().endsOn().orElse(null);
    }

    @NonNull
    @Description("For a court claim: withdrawn, lapsed or finally rejected, so void (2243).")
    public boolean isVoided() {
      return event.event().voided();
    }

    @Description("The note given with it.")
    public String getNote() {
      return event.note().orElse(null);
    }

    @NonNull
    @Description("Who recorded it: the account id of a person or app, or ledger for payments.")
    public String getSource() {
      return event.source();
    }

    @NonNull
    @Description("When it was recorded.")
    public Instant getRecordedAt() {
      return event.recordedAt();
    }

    @Description("What it did to the limitation when it happened; null if not known.")
    public LimitationEffect getEffect() {
      return effectOf.orElse(null);
    }
  }

  /** Recording a limitation event. */
  @Input("RecordLimitationEventInput")
  @Description("Something that happened to a debt and may move its limitation.")
  public record RecordLimitationEventInput(
      @Id @NonNull @Description("The debt.") String debtId,
      @NonNull
          @Description(
              "What happened. DEBTOR_PARTIAL_PAYMENT is recorded with the payment itself;"
                  + " RESCHEDULING, OVER_INDEBTEDNESS_PLAN and UNREGULARISED_INCIDENT only on a"
                  + " consumer credit.")
          LimitationEventKind kind,
      @NonNull
          @Description(
              "The day it happened, not after today; for a FORMAL_NOTICE the day the debtor"
                  + " received it, from which legal interest runs.")
          LocalDate on,
      @Description(
              "For a court claim, a declared claim or a mediation already over: the day it ended.")
          LocalDate endedOn,
      @Description("For a court claim only: withdrawn, lapsed or finally rejected.") Boolean voided,
      @Description("A short note; at most 500 characters.") String note) {}

  /** Ending a lasting limitation event. */
  @Input("EndLimitationEventInput")
  @Description("The end of a court claim, a declared claim or a mediation.")
  public record EndLimitationEventInput(
      @Id @NonNull @Description("The event.") String eventId,
      @Description(
              "The day the proceedings or the mediation ended, not after today; may be left out"
                  + " for a voided court claim.")
          LocalDate endedOn,
      @Description("For a court claim only: withdrawn, lapsed or finally rejected.")
          Boolean voided) {}

  /** What recordLimitationEvent returns. */
  @Type("RecordLimitationEventPayload")
  @Description("The event recorded and the debt's limitation after it, or why it was refused.")
  public record RecordLimitationEventPayload(
      @Description("The event.") LimitationEventNode event,
      @Description("The debt's limitation after the event.") LimitationType limitation,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** What endLimitationEvent returns. */
  @Type("EndLimitationEventPayload")
  @Description("The event ended and the debt's limitation after it, or why it was refused.")
  public record EndLimitationEventPayload(
      @Description("The event, now ended.") LimitationEventNode event,
      @Description("The debt's limitation after the end.") LimitationType limitation,
      @NonNull @Description("Why the input was refused; empty on success.")
          List<@NonNull UserError> userErrors) {}

  /** A debt in the alerts queue. */
  @Type("LimitationAlert")
  @Description("An open debt whose last day to act falls within the creditor's alert window.")
  public record LimitationAlertType(
      @NonNull @Description("The debt.") DebtNode debt,
      @NonNull @Description("Its last day to act.") LocalDate lastDayToAct,
      @NonNull @Description("Days from today to the last day to act; 0 on the day itself.")
          int daysLeft,
      @NonNull @Description("The last working day before the last day to act.") LocalDate alertOn,
      @NonNull @Description("Whether the alert day has come.") boolean due) {}

  /** A page of the alerts queue. */
  @Type("LimitationAlertConnection")
  @Description("A page of the limitation alerts queue; ask for the next with after.")
  public record LimitationAlertConnection(
      @NonNull @Description("The alerts of the page, each with its cursor.")
          List<@NonNull LimitationAlertEdge> edges,
      @NonNull @Description("Where the page stands.") PageInfo pageInfo) {}

  /** An alert in a page. */
  @Type("LimitationAlertEdge")
  @Description("An alert in a page, with the cursor that resumes the list after it.")
  public record LimitationAlertEdge(
      @NonNull @Description("The alert.") LimitationAlertType node,
      @NonNull @Description("The cursor to pass as after to resume after this alert.")
          String cursor) {}
}
