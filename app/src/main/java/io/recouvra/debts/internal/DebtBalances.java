package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.DebtorType;
import io.recouvra.debts.HoldReason;
import io.recouvra.debts.HoldView;
import io.recouvra.debts.ItemisedBalance;
import io.recouvra.debts.LimitationEventView;
import io.recouvra.debts.law.CreditorCategory;
import io.recouvra.debts.law.LimitationEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Itemises stored debts: gathers what decides their accruals (the debtor's type, the creditor's
 * category, the formal notice, a collective proceeding's hold) in a few queries for a whole page of
 * debts, then lets {@link Itemisation} count. Runs inside the caller's transaction.
 */
@ApplicationScoped
class DebtBalances {
  @Inject DebtStore store;
  @Inject CreditorRegistry creditors;
  @Inject HoldBook holds;
  @Inject LawBook law;
  @Inject LimitationBook limitations;

  /** Each debt's balance on {@code day}, by the debt's id. */
  Map<String, ItemisedBalance> on(Collection<DebtRecord> debts, LocalDate day) {
    return on(debts, debt -> day);
  }

  /** Each debt's balance on the day {@code dayOf} gives for it, by the debt's id. */
  Map<String, ItemisedBalance> on(
      Collection<DebtRecord> debts, Function<DebtRecord, LocalDate> dayOf) {
    if (debts.isEmpty()) {
      return Map.of();
    }
    Map<String, DebtorType> debtorTypes =
        store.debtorTypes(debts.stream().map(DebtRecord::debtorIdText).toList());
    Map<String, CreditorView> creditorsById =
        creditors.creditors(debts.stream().map(DebtRecord::creditor).distinct().toList()).stream()
            .collect(Collectors.toMap(c -> c.id().toString(), c -> c));
    Map<String, List<HoldView>> holdsByDebt = holdsOf(debts);
    Map<String, LocalDate> notices = formalNoticesReceived(debts);
    Itemisation itemisation = new Itemisation(law.tables());
    Map<String, ItemisedBalance> balances = new HashMap<>();
    for (DebtRecord debt : debts) {
      LocalDate day = dayOf.apply(debt);
      AccrualTerms terms =
          new AccrualTerms(
              debt.dueOn(),
              debtorTypes.get(debt.debtorIdText()),
              category(creditorsById.get(debt.creditor().toString())),
              debt.contractPenaltyPercent(),
              Optional.ofNullable(notices.get(debt.idText())),
              collectiveProceedingOn(holdsByDebt.getOrDefault(debt.idText(), List.of()), day));
      balances.put(debt.idText(), itemisation.on(terms, debt.postings(), day));
    }
    return balances;
  }

  /** The balance of one debt on {@code day}. */
  ItemisedBalance of(DebtRecord debt, LocalDate day) {
    return on(List.of(debt), day).get(debt.idText());
  }

  private Map<String, List<HoldView>> holdsOf(Collection<DebtRecord> debts) {
    Map<String, List<DebtRecord>> byCreditor =
        debts.stream().collect(Collectors.groupingBy(d -> d.creditor().toString()));
    Map<String, List<HoldView>> found = new HashMap<>();
    for (List<DebtRecord> ofCreditor : byCreditor.values()) {
      holds
          .holds(ofCreditor.get(0).creditor(), ofCreditor.stream().map(DebtRecord::id).toList())
          .forEach(h -> found.computeIfAbsent(h.debt().toString(), k -> new ArrayList<>()).add(h));
    }
    return found;
  }

  private static boolean collectiveProceedingOn(List<HoldView> holds, LocalDate day) {
    return holds.stream()
        .anyMatch(h -> h.reason() == HoldReason.COLLECTIVE_PROCEEDING && h.appliesOn(day));
  }

  private static CreditorCategory category(CreditorView creditor) {
    return creditor.naturalPersonOutsideTrade()
        ? CreditorCategory.NATURAL_PERSON_OUTSIDE_TRADE
        : CreditorCategory.OTHER;
  }

  /**
   * The day the debtor received the first formal notice of each debt that has one, from which legal
   * interest runs: the earliest FORMAL_NOTICE among its limitation events; by debt id, read in one
   * query for the whole page.
   */
  private Map<String, LocalDate> formalNoticesReceived(Collection<DebtRecord> debts) {
    Map<String, LocalDate> first = new HashMap<>();
    for (LimitationEventView view :
        limitations.events(debts.stream().map(DebtRecord::id).toList())) {
      if (view.event().kind() == LimitationEventKind.FORMAL_NOTICE) {
        first.merge(view.debt().toString(), view.event().on(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return first;
  }
}
