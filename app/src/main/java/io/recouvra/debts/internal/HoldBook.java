package io.recouvra.debts.internal;

import io.recouvra.debts.HoldView;
import io.recouvra.debts.LiftHold;
import io.recouvra.debts.PlaceHold;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Places, lifts and reads the holds on a creditor's debts. */
@ApplicationScoped
@Transactional
public class HoldBook {
  private static final int MAX_NOTE = 500;
  private static final int MAX_SOURCE = 100;

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject DebtStore debts;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Events events;

  public Outcome<HoldView> place(
      CreditorId creditor, PlaceHold command, String actor, LocalDate today) {
    Problems problems = new Problems();
    problems.requirePresent("reason", command.reason());
    problems.requireText("source", command.source(), MAX_SOURCE);
    problems.limitLength("note", command.note(), MAX_NOTE);
    LocalDate since = command.since() == null ? today : command.since();
    if (command.until() != null && command.until().isBefore(since)) {
      problems.add("until", ErrorCode.DATE_ORDER, "until must not be before since");
    }
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    Optional<DebtRecord> debt = debts.debt(creditor, command.debt());
    if (debt.isEmpty()) {
      return Outcome.refused(Problem.at("debtId", ErrorCode.NOT_FOUND, "No debt has this id"));
    }
    if (!debt.get().isOpen()) {
      return Outcome.refused(
          Problem.at("debtId", ErrorCode.ALREADY_CLOSED, "A closed debt cannot be held"));
    }
    HoldView hold =
        new HoldView(
            UUID.randomUUID(),
            command.debt(),
            command.reason(),
            command.source().trim(),
            since,
            Optional.ofNullable(command.until()),
            Optional.ofNullable(command.note()).map(String::trim).filter(n -> !n.isEmpty()),
            actor,
            clock.instant(),
            Optional.empty());
    em.persist(new HoldRecord(hold, creditor.toString()));
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.placeHold",
        List.of("Debt:" + hold.debt(), "CollectionHold:" + hold.id()),
        hold.reason(),
        hold.source(),
        hold.since(),
        hold.until(),
        hold.note().orElse(""));
    events.publish(holdEvent("HoldPlaced", hold, creditor));
    return Outcome.done(hold);
  }

  public Outcome<HoldView> lift(CreditorId creditor, LiftHold command, String actor) {
    Problems problems = new Problems();
    problems.limitLength("note", command.note(), MAX_NOTE);
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    Optional<HoldRecord> found =
        em.createQuery(
                "SELECT h FROM CollectionHold h WHERE h.id = :id AND h.creditorId = :creditor",
                HoldRecord.class)
            .setParameter("id", command.hold().toString())
            .setParameter("creditor", creditor.toString())
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return Outcome.refused(Problem.at("holdId", ErrorCode.NOT_FOUND, "No hold has this id"));
    }
    HoldRecord hold = found.get();
    if (!hold.source().equals(command.source())) {
      return Outcome.refused(
          Problem.at(
              "holdId",
              ErrorCode.FORBIDDEN,
              "Only the source that placed this hold may lift it: " + hold.source()));
    }
    if (hold.isLifted()) {
      return Outcome.refused(
          Problem.at("holdId", ErrorCode.ALREADY_LIFTED, "The hold is already lifted"));
    }
    hold.lift(actor, command.note(), clock.instant());
    HoldView lifted = hold.toView();
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.liftHold",
        List.of("Debt:" + lifted.debt(), "CollectionHold:" + lifted.id()),
        command.source(),
        String.valueOf(command.note()));
    events.publish(holdEvent("HoldLifted", lifted, creditor));
    return Outcome.done(lifted);
  }

  private static Event holdEvent(String type, HoldView hold, CreditorId creditor) {
    return new Event(
        type,
        "Debt:" + hold.debt(),
        Map.of(
            "debtId", hold.debt().toString(),
            "holdId", hold.id().toString(),
            "creditorId", creditor.toString()));
  }

  /** Every hold ever placed on the creditor's {@code debts}, lifted ones included. */
  public List<HoldView> holds(CreditorId creditor, Collection<DebtId> debts) {
    if (debts.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT h FROM CollectionHold h WHERE h.creditorId = :creditor AND h.debtId IN :debts"
                + " ORDER BY h.placedAt, h.id",
            HoldRecord.class)
        .setParameter("creditor", creditor.toString())
        .setParameter("debts", debts.stream().map(DebtId::toString).toList())
        .getResultStream()
        .map(HoldRecord::toView)
        .toList();
  }
}
