package io.recouvra.debts.internal;

import io.recouvra.debts.ItemisedBalance;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads itemised balances and credit accounts within a read scope, in one read transaction. */
@ApplicationScoped
@Transactional
public class LedgerReads {
  @Inject DebtStore store;
  @Inject DebtBalances balances;
  @Inject CreditorRegistry creditors;
  @Inject Clock clock;

  /**
   * The balance of each debt of the scope among {@code ids} on {@code day}, or on its creditor's
   * today when no day is given; by the debt's id.
   */
  public Map<DebtId, ItemisedBalance> itemised(
      ReadScope scope, Collection<DebtId> ids, Optional<LocalDate> day) {
    List<DebtRecord> debts = store.debts(scope, ids);
    Map<String, LocalDate> todays = new HashMap<>();
    Map<String, ItemisedBalance> found =
        balances.on(
            debts,
            debt ->
                day.orElseGet(
                    () -> todays.computeIfAbsent(debt.creditor().toString(), c -> todayOf(debt))));
    return found.entrySet().stream()
        .collect(Collectors.toMap(e -> DebtId.of(e.getKey()), Map.Entry::getValue));
  }

  /** What each debtor of the scope among {@code ids} holds in its credit account, per currency. */
  public Map<DebtorId, List<Money>> creditAccounts(ReadScope scope, Collection<DebtorId> ids) {
    List<DebtorId> visible = store.debtors(scope, ids).stream().map(DebtorRecord::id).toList();
    Map<DebtorId, Map<String, Money>> sums = new HashMap<>();
    for (CreditAccountEntryRecord entry : store.creditAccounts(visible)) {
      sums.computeIfAbsent(DebtorId.of(entry.debtorIdText()), d -> new TreeMap<>())
          .merge(entry.amount().currencyCode(), entry.amount(), Money::plus);
    }
    Map<DebtorId, List<Money>> accounts = new HashMap<>();
    visible.forEach(d -> accounts.put(d, List.copyOf(sums.getOrDefault(d, Map.of()).values())));
    return accounts;
  }

  private LocalDate todayOf(DebtRecord debt) {
    return creditors.creditor(debt.creditor()).map(c -> c.today(clock)).orElseThrow();
  }
}
