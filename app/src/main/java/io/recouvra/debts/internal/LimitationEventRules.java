package io.recouvra.debts.internal;

import io.recouvra.debts.DebtView;
import io.recouvra.debts.EndLimitationEvent;
import io.recouvra.debts.RecordLimitationEvent;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Checks the limitation events people record and end, naming the field of each problem. */
final class LimitationEventRules {
  static final int MAX_NOTE = 500;

  /** The kinds that move only a consumer credit's forclusion. */
  private static final Set<LimitationEventKind> FORCLUSION_ONLY =
      Set.of(
          LimitationEventKind.RESCHEDULING,
          LimitationEventKind.OVER_INDEBTEDNESS_PLAN,
          LimitationEventKind.UNREGULARISED_INCIDENT);

  private LimitationEventRules() {}

  /** What is wrong with the event whatever its debt, given the creditor's today. */
  static List<Problem> check(RecordLimitationEvent command, LocalDate today) {
    Problems problems = new Problems();
    problems.requirePresent("kind", command.kind());
    problems.requirePresent("on", command.on());
    problems.limitLength("note", command.note().orElse(null), MAX_NOTE);
    LimitationEventKind kind = command.kind();
    if (kind == LimitationEventKind.DEBTOR_PARTIAL_PAYMENT) {
      problems.add(
          "kind",
          ErrorCode.NOT_APPLICABLE,
          "a debtor's payment is recorded with the payment itself, not as an event");
    }
    if (command.on() != null) {
      notAfterToday("on", command.on(), today, problems);
    }
    command
        .endedOn()
        .ifPresent(
            end -> {
              if (kind != null && !kind.lasts()) {
                problems.add(
                    "endedOn",
                    ErrorCode.NOT_APPLICABLE,
                    "only a court claim, a declared claim or a mediation has an end");
              }
              if (command.on() != null && end.isBefore(command.on())) {
                problems.add("endedOn", ErrorCode.DATE_ORDER, "endedOn must not be before on");
              }
              notAfterToday("endedOn", end, today, problems);
            });
    if (command.voided() && kind != LimitationEventKind.COURT_CLAIM) {
      problems.add("voided", ErrorCode.NOT_APPLICABLE, "only a court claim can be voided");
    }
    return problems.list();
  }

  /** What is wrong with the event on this debt, which the caller may see. */
  static List<Problem> checkOn(RecordLimitationEvent command, DebtView debt) {
    Problems problems = new Problems();
    if (FORCLUSION_ONLY.contains(command.kind()) && debt.nature() != DebtNature.CONSUMER_CREDIT) {
      problems.add(
          "kind",
          ErrorCode.NOT_APPLICABLE,
          command.kind() + " moves only a consumer credit's forclusion");
    }
    return problems.list();
  }

  /** What is wrong with ending {@code current} as {@code command} says, given today. */
  static List<Problem> checkEnd(
      LimitationEvent current, boolean ended, EndLimitationEvent command, LocalDate today) {
    Problems problems = new Problems();
    if (!current.kind().lasts()) {
      problems.add(
          "eventId",
          ErrorCode.NOT_APPLICABLE,
          "only a court claim, a declared claim or a mediation has an end");
      return problems.list();
    }
    if (ended) {
      problems.add("eventId", ErrorCode.NOT_APPLICABLE, "the event has ended already");
      return problems.list();
    }
    if (command.voided() && current.kind() != LimitationEventKind.COURT_CLAIM) {
      problems.add("voided", ErrorCode.NOT_APPLICABLE, "only a court claim can be voided");
    }
    if (command.endedOn().isEmpty() && !command.voided()) {
      problems.add("endedOn", ErrorCode.REQUIRED, "endedOn is required unless the claim is voided");
    }
    command
        .endedOn()
        .ifPresent(
            end -> {
              if (end.isBefore(current.on())) {
                problems.add(
                    "endedOn", ErrorCode.DATE_ORDER, "endedOn must not be before the event's day");
              }
              notAfterToday("endedOn", end, today, problems);
            });
    return problems.list();
  }

  private static void notAfterToday(
      String field, LocalDate day, LocalDate today, Problems problems) {
    if (day.isAfter(today)) {
      problems.add(field, ErrorCode.DATE_ORDER, field + " must not be after today, " + today);
    }
  }
}
