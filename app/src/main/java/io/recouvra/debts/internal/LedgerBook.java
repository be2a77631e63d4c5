package io.recouvra.debts.internal;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.ItemisedBalance.Line;
import io.recouvra.debts.LedgerCommand;
import io.recouvra.debts.LedgerCommand.IssueCreditNote;
import io.recouvra.debts.LedgerCommand.SettleDebt;
import io.recouvra.debts.internal.LedgerEntryRecord.Entered;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problem;
import io.recouvra.shared.error.Problems;
import io.recouvra.shared.events.Event;
import io.recouvra.shared.events.Events;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.money.InvalidMoneyException;
import io.recouvra.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A credit controller's changes to a debt's ledger: credit notes, settlements, write-offs and
 * cancellations, each in one transaction. Each first brings the ledger's interest, penalties and
 * indemnity up to the day, then writes its reductions, so the ledger's sum stays what is due.
 */
@ApplicationScoped
public class LedgerBook {
  static final int MAX_REASON = 500;

  /** The order in which a settlement waives, and a write-off clears, the parts of a debt. */
  static final List<DebtComponent> WAIVER_ORDER =
      List.of(
          DebtComponent.INTEREST,
          DebtComponent.PENALTIES,
          DebtComponent.INDEMNITY,
          DebtComponent.PRINCIPAL);

  @Inject DebtStore store;
  @Inject DebtBalances balances;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject Events events;

  /** Applies {@code command} to the creditor's debt on {@code today}. */
  @Transactional
  public Outcome<DebtView> apply(
      CreditorId creditor, LedgerCommand command, String actor, LocalDate today) {
    Problems problems = new Problems();
    problems.requireText("reason", command.reason(), MAX_REASON);
    Optional<DebtRecord> found = store.debt(creditor, command.debt());
    if (found.isEmpty()) {
      return Outcome.refused(Problem.at("id", ErrorCode.NOT_FOUND, "No debt has this id"));
    }
    DebtRecord debt = found.get();
    if (!debt.isOpen()) {
      return Outcome.refused(
          Problem.at("id", ErrorCode.ALREADY_CLOSED, "The debt is closed and cannot change"));
    }
    ItemisedBalance balance = balances.of(debt, today);
    List<Posting> reductions = reductions(command, balance, problems);
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }

    Entered entered =
        new Entered(actor, clock.instant(), Optional.empty(), Optional.of(command.reason().trim()));
    debt.post(Itemisation.catchUp(balance, debt.postings()), entered);
    debt.post(reductions, entered);
    closeWhenNothingIsDue(debt, closureFor(command), actor, command.reason().trim());

    record(creditor, command, actor, debt);
    return Outcome.done(debt.toView());
  }

  /** Closes the debt when its entries, brought up to the day, sum to zero. */
  private void closeWhenNothingIsDue(
      DebtRecord debt, ClosureReason reason, String actor, String note) {
    if (debt.owesNothing()) {
      debt.close(reason, actor, note, clock.instant());
    }
  }

  private static ClosureReason closureFor(LedgerCommand command) {
    if (command instanceof IssueCreditNote) {
      return ClosureReason.CANCELLED;
    }
    return command instanceof SettleDebt ? ClosureReason.SETTLED : ClosureReason.WRITTEN_OFF;
  }

  private static List<Posting> reductions(
      LedgerCommand command, ItemisedBalance balance, Problems problems) {
    if (command instanceof IssueCreditNote note) {
      return creditNote(note, balance, problems);
    }
    if (command instanceof SettleDebt settlement) {
      return settlement(settlement, balance, problems);
    }
    return clearing(LedgerEntryKind.WRITE_OFF, balance, balance.due(), balance.asOf());
  }

  private static List<Posting> creditNote(
      IssueCreditNote note, ItemisedBalance balance, Problems problems) {
    Money principalDue = balance.line(DebtComponent.PRINCIPAL).due();
    Optional<Money> amount = amount(note.amount(), note.currency(), balance, problems);
    if (amount.isPresent() && amount.get().isGreaterThan(principalDue)) {
      problems.add(
          "amount.amount",
          ErrorCode.OUT_OF_RANGE,
          "amount must be at most the principal still due, " + principalDue.amountText());
    }
    if (problems.any()) {
      return List.of();
    }
    return List.of(
        new Posting(
            LedgerEntryKind.CREDIT_NOTE,
            DebtComponent.PRINCIPAL,
            amount.orElseThrow().negate(),
            balance.asOf()));
  }

  private static List<Posting> settlement(
      SettleDebt settlement, ItemisedBalance balance, Problems problems) {
    Optional<Money> amount = amount(settlement.amount(), settlement.currency(), balance, problems);
    if (amount.isPresent() && !amount.get().isLessThan(balance.due())) {
      problems.add(
          "amount.amount",
          ErrorCode.OUT_OF_RANGE,
          "amount must be below what is due today, " + balance.due().amountText());
    }
    if (problems.any()) {
      return List.of();
    }
    Money waived = balance.due().minus(amount.orElseThrow());
    return clearing(LedgerEntryKind.SETTLEMENT, balance, waived, balance.asOf());
  }

  /** Entries of {@code kind} taking {@code total} off the parts, interest first. */
  static List<Posting> clearing(
      LedgerEntryKind kind, ItemisedBalance balance, Money total, LocalDate day) {
    List<Posting> entries = new ArrayList<>();
    Money left = total;
    for (DebtComponent component : WAIVER_ORDER) {
      Line line = balance.line(component);
      Money taken = left.min(line.due());
      if (taken.isPositive()) {
        entries.add(new Posting(kind, component, taken.negate(), day));
        left = left.minus(taken);
      }
    }
    return entries;
  }

  /** The amount, in the debt's currency, above zero. */
  private static Optional<Money> amount(
      String text, String currency, ItemisedBalance balance, Problems problems) {
    if (text == null || text.isBlank()) {
      problems.requirePresent("amount.amount", text);
      return Optional.empty();
    }
    String debtCurrency = balance.due().currencyCode();
    if (currency == null || !currency.trim().equals(debtCurrency)) {
      problems.add(
          "amount.currency",
          ErrorCode.UNKNOWN_CURRENCY,
          "amount.currency must be the debt's currency, " + debtCurrency);
      return Optional.empty();
    }
    try {
      Money amount = Money.parse(text.trim(), debtCurrency);
      if (!amount.isPositive()) {
        problems.add("amount.amount", ErrorCode.NOT_POSITIVE, "amount must be above zero");
        return Optional.empty();
      }
      return Optional.of(amount);
    } catch (InvalidMoneyException e) {
      problems.add(
          "amount.amount",
          e.reason() == InvalidMoneyException.Reason.TOO_MANY_DECIMALS
              ? ErrorCode.TOO_MANY_DECIMALS
              : ErrorCode.INVALID_FORMAT,
          "amount must be a plain decimal string in the debt's currency, e.g. \"120.50\"");
      return Optional.empty();
    }
  }

  private void record(CreditorId creditor, LedgerCommand command, String actor, DebtRecord debt) {
    String action = "writeOffDebt";
    String event = "DebtWrittenOff";
    if (command instanceof IssueCreditNote) {
      action = "issueCreditNote";
      event = "CreditNoteIssued";
    } else if (command instanceof SettleDebt) {
      action = "settleDebt";
      event = "DebtSettled";
    }
    audit.record(
        actor,
        Optional.of(creditor),
        "debts." + action,
        List.of("Debt:" + command.debt()),
        command);
    events.publish(
        new Event(
            event,
            "Debt:" + command.debt(),
            Map.of("debtId", command.debt().toString(), "creditorId", creditor.toString())));
  }
}
