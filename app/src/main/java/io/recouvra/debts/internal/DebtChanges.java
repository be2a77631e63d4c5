package io.recouvra.debts.internal;

import io.recouvra.debts.CancelDebt;
import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.UpdateDebt;
import io.recouvra.debts.internal.LedgerEntryRecord.Entered;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.id.CreditorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Corrects and cancels debts, each command in one transaction. */
@ApplicationScoped
public class DebtChanges {
  private static final int MAX_REASON = 500;

  @Inject DebtStore store;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Events events;
  @Inject DebtBalances balances;
  @Inject LimitationBook limitations;

  @Transactional
  public Outcome<DebtView> update(
      CreditorId creditor, UpdateDebt change, String actor, LocalDate today) {
    Optional<DebtRecord> found = store.debt(creditor, change.debt());
    if (found.isEmpty()) {
      return notFound();
    }
    DebtRecord debt = found.get();
    if (!debt.isOpen()) {
      return alreadyClosed();
    }
    Problems problems = new Problems();
    change
        .description()
        .ifPresent(d -> problems.limitLength("description", d, RegistrationRules.MAX_DESCRIPTION));
    LocalDate issued = change.issuedOn().orElse(debt.issuedOn());
    LocalDate due = change.dueOn().orElse(debt.dueOn());
    LocalDate exigible = change.exigibleOn().orElse(debt.exigibleOn());
    DatesRules.check(issued, due, exigible, today, problems);
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    debt.correct(change.description().map(String::trim), issued, due, exigible);
    limitations.refresh(debt.toView());
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.updateDebt",
        List.of("Debt:" + change.debt()),
        change.description().orElse(""),
        issued,
        due,
        exigible);
    return Outcome.done(debt.toView());
  }

  @Transactional
  public Outcome<DebtView> cancel(
      CreditorId creditor, CancelDebt command, String actor, LocalDate today) {
    Problems problems = new Problems();
    problems.requireText("reason", command.reason(), MAX_REASON);
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    Optional<DebtRecord> found = store.debt(creditor, command.debt());
    if (found.isEmpty()) {
      return notFound();
    }
    DebtRecord debt = found.get();
    if (!debt.isOpen()) {
      return alreadyClosed();
    }
    ItemisedBalance balance = balances.of(debt, today);
    Entered entered = Entered.by(actor, clock.instant());
    debt.post(Itemisation.catchUp(balance, debt.postings()), entered);
    debt.post(
        LedgerBook.clearing(LedgerEntryKind.CANCELLATION, balance, balance.due(), today), entered);
    debt.close(ClosureReason.CANCELLED, actor, command.reason().trim(), clock.instant());
    audit.record(
        actor,
        Optional.of(creditor),
        "debts.cancelDebt",
        List.of("Debt:" + command.debt()),
        command.reason());
    events.publish(
        new Event(
            "DebtCancelled",
            "Debt:" + command.debt(),
            Map.of("debtId", command.debt().toString(), "creditorId", creditor.toString())));
    return Outcome.done(debt.toView());
  }

  private static Outcome<DebtView> notFound() {
    return Outcome.refused(Problem.at("id", ErrorCode.NOT_FOUND, "No debt has this id"));
  }

  private static Outcome<DebtView> alreadyClosed() {
    return Outcome.refused(
        Problem.at("id", ErrorCode.ALREADY_CLOSED, "The debt is closed and cannot change"));
  }
}
