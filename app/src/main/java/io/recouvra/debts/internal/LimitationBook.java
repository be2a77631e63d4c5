package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.EndLimitationEvent;
import io.recouvra.debts.LimitationChange;
import io.recouvra.debts.LimitationEventView;
import io.recouvra.debts.LimitationView;
import io.recouvra.debts.RecordLimitationEvent;
import io.recouvra.debts.law.Limitation;
import io.recouvra.debts.law.LimitationCase;
import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.debts.law.LimitationEventKind;
import io.recouvra.debts.law.LimitationRules;
import io.recouvra.debts.law.LimitationState;
import io.recouvra.debts.law.RateUnknownException;
import io.recouvra.debts.law.WorkingDays;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The limitation events of debts and the stored summary of each debt's limitation (ADR 0014). Every
 * write joins the caller's transaction, or opens one: recording an event, ending one, registering a
 * debt or correcting its dates rewrites the summary in the same transaction.
 */
@ApplicationScoped
@Transactional
public class LimitationBook {
  /** The source of the events the ledger records (debtor's payments). */
  public static final String LEDGER_SOURCE = "ledger";

  private static final Logger LOG = Logger.getLogger(LimitationBook.class.getName());

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject DebtStore debts;
  @Inject LawBook law;
  @Inject Clock clock;
  @Inject AuditLog audit;

  /**
   * Records an event on a debt without the checks a person's input gets, e.g. a debtor's partial
   * payment from the ledger; joins the caller's transaction.
   *
   * @throws IllegalArgumentException when no debt has the id
   */
  public LimitationEventView record(
      DebtId debt, LimitationEvent event, String source, String actor) {
    DebtRecord found =
        Optional.ofNullable(em.find(DebtRecord.class, debt.toString()))
            .orElseThrow(() -> new IllegalArgumentException("No debt " + debt));
    return store(found.toView(), event, Optional.empty(), source, actor).event();
  }

  /** Records a person's event on one of the creditor's open debts, checked first. */
  public Outcome<LimitationChange> record(
      CreditorId creditor, RecordLimitationEvent command, String actor, LocalDate today) {
    List<Problem> problems = LimitationEventRules.check(command, today);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    Optional<DebtRecord> found = debts.debt(creditor, command.debt());
    if (found.isEmpty()) {
      return Outcome.refused(Problem.at("debtId", ErrorCode.NOT_FOUND, "No debt has this id"));
    }
    DebtView debt = found.get().toView();
    if (debt.status() != DebtStatus.OPEN) {
      return closed("debtId");
    }
    problems = LimitationEventRules.checkOn(command, debt);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    LimitationEvent event =
        new LimitationEvent(command.kind(), command.on(), command.endedOn(), command.voided());
    Optional<String> note = command.note().map(String::strip).filter(text -> !text.isEmpty());

    return Outcome.done(store(debt, event, note, actor, actor));
  }

  /** Ends a lasting event of one of the creditor's open debts, or voids a court claim. */
  public Outcome<LimitationChange> end(
      CreditorId creditor, EndLimitationEvent command, String actor, LocalDate today) {
    Optional<LimitationEventRecord> found =
        em.createQuery(
                "SELECT e FROM LimitationEvent e WHERE e.id = :id AND e.creditorId = :creditor",
                LimitationEventRecord.class)
            .setParameter("id", command.event().toString())
            .setParameter("creditor", creditor.toString())
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Outcome.refused(
          Problem.at("eventId", ErrorCode.NOT_FOUND, "No limitation event has this id"));
    }
    LimitationEventRecord record = found.get();
    DebtView debt = em.find(DebtRecord.class, record.debtIdText()).toView();
    if (debt.status() != DebtStatus.OPEN) {
      return closed("eventId");
    }
    List<Problem> problems =
        LimitationEventRules.checkEnd(record.event(), record.isEnded(), command, today);
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }

    record.end(command.endedOn(), command.voided(), actor, clock.instant());
    LimitationEventView ended = record.toView();
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.endLimitationEvent",
        List.of("Debt:" + debt.id(), "LimitationEvent:" + ended.id()),
        ended.event());
    return Outcome.done(new LimitationChange(ended, refresh(debt)));
  }

  private static Outcome<LimitationChange> closed(String field) {
    return Outcome.refused(
        Problem.at(field, ErrorCode.ALREADY_CLOSED, "The debt is closed and cannot change"));
  }

  private LimitationChange store(
      DebtView debt, LimitationEvent event, Optional<String> note, String source, String actor) {
    LimitationEventRecord record =
        new LimitationEventRecord(
            debt.creditor().toString(), debt.id(), event, note, source, actor, clock.instant());
    em.persist(record);
    LimitationEventView stored = record.toView();
    audit.record(
        actor,
        Optional.of(debt.creditor()),
        "debts.recordLimitationEvent",
        List.of("Debt:" + debt.id(), "LimitationEvent:" + stored.id()),
        event,
        source,
        note.orElse(""));
    return new LimitationChange(stored, refresh(debt));
  }

  /**
   * The day the debtor received the first formal notice recorded on the debt, from which legal
   * interest runs; empty when none was recorded.
   */
  public Optional<LocalDate> formalNoticeReceivedOn(DebtId debt) {
    return events(List.of(debt)).stream()
        .map(LimitationEventView::event)
        .filter(event -> event.kind() == LimitationEventKind.FORMAL_NOTICE)
        .map(LimitationEvent::on)
        .min(Comparator.naturalOrder());
  }

  /** The events recorded on {@code debtIds}, in the order they happened. */
  public List<LimitationEventView> events(Collection<DebtId> debtIds) {
    if (debtIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM LimitationEvent e WHERE e.debtId IN :debts"
                + " ORDER BY e.happenedOn, e.recordedAt, e.id",
            LimitationEventRecord.class)
        .setParameter("debts", debtIds.stream().map(DebtId::toString).toList())
        .getResultStream()
        .map(LimitationEventRecord::toView)
        .toList();
  }

  /**
   * The limitation of each of the creditor's {@code views} as of {@code today}; a debt whose period
   * the law tables do not hold is left out.
   */
  public List<LimitationView> limitations(
      CreditorView creditor, Collection<DebtView> views, LocalDate today) {
    Map<DebtId, List<LimitationEventView>> byDebt =
        events(views.stream().map(DebtView::id).toList()).stream()
            .collect(Collectors.groupingBy(LimitationEventView::debt));
    Map<String, DebtorType> types =
        debts.debtorTypes(views.stream().map(d -> d.debtor().toString()).toList());
    LimitationRules rules = new LimitationRules(law.tables());
    WorkingDays calendar = WorkingDays.of(creditor.address().country());
    return views.stream()
        .flatMap(
            debt -> {
              List<LimitationEventView> events = byDebt.getOrDefault(debt.id(), List.of());
              return compute(rules, debt, types.get(debt.debtor().toString()), creditor, events)
                  .map(l -> new LimitationView(debt.id(), l, today, alertOn(l, calendar), events))
                  .stream();
            })
        .toList();
  }

  /** The limitation of one debt, computed from its facts and events as they are stored now. */
  public Optional<Limitation> limitationOf(DebtView debt) {
    CreditorView creditor = creditorOf(debt);
    DebtorType type = em.find(DebtorRecord.class, debt.debtor().toString()).toView().type();
    return compute(
        new LimitationRules(law.tables()), debt, type, creditor, events(List.of(debt.id())));
  }

  /**
   * Recomputes the debt's limitation and rewrites its stored summary, in the caller's transaction:
   * after an event, the registration of the debt or a correction of its dates.
   */
  public Optional<LimitationView> refresh(DebtView debt) {
    CreditorView creditor = creditorOf(debt);
    LocalDate today = creditor.today(clock);
    Optional<LimitationView> view =
        limitations(creditor, List.of(debt), today).stream().findFirst();
    DebtLimitationRecord summary =
        Optional.ofNullable(em.find(DebtLimitationRecord.class, debt.id().toString()))
            .orElseGet(
                () -> {
                  DebtLimitationRecord created =
                      new DebtLimitationRecord(debt.id().toString(), debt.creditor().toString());
                  em.persist(created);
                  return created;
                });
    summary.update(
        view.map(v -> v.limitation().state().name()).orElse(DebtLimitationRecord.PERIOD_UNKNOWN),
        view.flatMap(v -> v.limitation().lastDayToAct()),
        view.flatMap(LimitationView::alertOn),
        clock.instant());
    return view;
  }

  /** The debts among {@code ids} of the creditor whose last day to act is before {@code today}. */
  public List<DebtId> limitedAmong(CreditorId creditor, Collection<DebtId> ids, LocalDate today) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT l.debtId FROM DebtLimitation l WHERE l.creditorId = :creditor"
                + " AND l.debtId IN :ids AND l.state = :running AND l.lastDayToAct < :today",
            String.class)
        .setParameter("creditor", creditor.toString())
        .setParameter("ids", ids.stream().map(DebtId::toString).toList())
        .setParameter("running", LimitationState.RUNNING.name())
        .setParameter("today", today)
        .getResultStream()
        .map(id -> new DebtId(UUID.fromString(id)))
        .toList();
  }

  private CreditorView creditorOf(DebtView debt) {
    return em.find(CreditorRecord.class, debt.creditor().toString()).toView();
  }

  private static Optional<Limitation> compute(
      LimitationRules rules,
      DebtView debt,
      DebtorType type,
      CreditorView creditor,
      List<LimitationEventView> events) {
    LimitationCase facts =
        new LimitationCase(
            debt.exigibleOn(),
            debt.exigibleOn(),
            type,
            debt.nature(),
            !creditor.naturalPersonOutsideTrade(),
            events.stream().map(LimitationEventView::event).toList());
    try {
      return Optional.of(rules.limitation(facts));
    } catch (RateUnknownException | IllegalArgumentException e) {
      LOG.warning(() -> "No limitation for debt " + debt.id() + ": " + e.getClass().getName());
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> alertOn(Limitation limitation, WorkingDays calendar) {
    if (limitation.state() != LimitationState.RUNNING) {
      return Optional.empty();
    }
    return limitation.lastDayToAct().map(calendar::lastWorkingDayBefore);
  }
}
