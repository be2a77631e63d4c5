package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Allocates a payment among a debtor's open debts (Code civil 1342-10, 1343-1), the policy the
 * payments module calls.
 *
 * <ol>
 *   <li>The debt the debtor designated, up to what it owes; any surplus follows the next steps.
 *   <li>Then debts due on the day of payment before those not yet due; among them, the one the
 *       debtor had most interest in paying, measured by a proxy (ADR 0011): first the highest
 *       annual rate of interest or penalties now running on it, then one under an enforceable
 *       title; at equal interest the oldest (earliest due date).
 *   <li>Debts equal on all of these share what is left in proportion to what they owe: each gets
 *       its share rounded down to the minor unit, and the cents left over go one by one to the
 *       largest rounded-off fractions, ties to the smallest debt id.
 *   <li>Within a debt, interest and penalties before principal; the indemnity where the {@link
 *       IndemnityPlacement} setting puts it.
 *   <li>What is paid beyond all that is owed goes to the debtor's credit account.
 * </ol>
 */
public final class PaymentImputation {

  private final IndemnityPlacement placement;

  /** Imputation placing the indemnity as {@code placement} says. */
  public PaymentImputation(IndemnityPlacement placement) {
    this.placement = Objects.requireNonNull(placement, "placement");
  }

  /** Imputation with the default setting: the indemnity after interest, before principal. */
  public PaymentImputation() {
    this(IndemnityPlacement.AFTER_INTEREST);
  }

  /**
   * The allocation of {@code payment}.
   *
   * @throws IllegalArgumentException when the designated debt is not among the open debts
   * @throws io.recouvra.shared.money.CurrencyMismatchException when a debt is in another currency
   */
  public Imputation impute(PaymentToImpute payment) {
    List<Allocation> allocations = new ArrayList<>();
    List<OpenDebt> others = new ArrayList<>(payment.openDebts());
    Money left = payment.amount();
    if (payment.designatedDebtId().isPresent()) {
      OpenDebt designated = designated(payment, payment.designatedDebtId().get());
      others.remove(designated);
      left = left.minus(settle(designated, left.min(designated.totalDue()), allocations));
    }
    for (List<OpenDebt> group : groupsInOrder(others, payment.receivedOn())) {
      left = left.minus(shareAmong(group, left, allocations));
    }
    return new Imputation(allocations, left);
  }

  private static OpenDebt designated(PaymentToImpute payment, String debtId) {
    return payment.openDebts().stream()
        .filter(debt -> debt.debtId().equals(debtId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the designated debt is not open"));
  }

  /** Debts in imputation order, those equal on every criterion grouped together. */
  static List<List<OpenDebt>> groupsInOrder(List<OpenDebt> debts, LocalDate receivedOn) {
    Comparator<OpenDebt> order = order(receivedOn);
    List<OpenDebt> sorted = debts.stream().sorted(order).toList();
    List<List<OpenDebt>> groups = new ArrayList<>();
    for (OpenDebt debt : sorted) {
      List<OpenDebt> last = groups.isEmpty() ? List.of() : groups.get(groups.size() - 1);
      if (!last.isEmpty() && order.compare(last.get(0), debt) == 0) {
        last.add(debt);
      } else {
        groups.add(new ArrayList<>(List.of(debt)));
      }
    }
    return groups;
  }

  private static Comparator<OpenDebt> order(LocalDate receivedOn) {
    return Comparator.comparing((OpenDebt debt) -> !debt.isDueOn(receivedOn))
        .thenComparing(OpenDebt::runningPercent, Comparator.reverseOrder())
        .thenComparing(debt -> !debt.enforceableTitle())
        .thenComparing(OpenDebt::dueOn);
  }

  /** Shares {@code available} among {@code group}; returns what was applied. */
  private Money shareAmong(List<OpenDebt> group, Money available, List<Allocation> allocations) {
    Money owed =
        group.stream()
            .map(OpenDebt::totalDue)
            .reduce(Money.zero(available.currency()), Money::plus);
    if (!available.isLessThan(owed)) {
      group.forEach(debt -> settle(debt, debt.totalDue(), allocations));
      return owed;
    }
    List<Money> shares = proportionalShares(group, available, owed);
    for (int index = 0; index < group.size(); index++) {
      settle(group.get(index), shares.get(index), allocations);
    }
    return available;
  }

  /**
   * Shares of {@code available} (less than {@code owed}) in proportion to what each debt owes:
   * rounded down to the minor unit, the cents left over to the largest fractions cut off, ties to
   * the smallest debt id. No share exceeds what its debt owes.
   */
  static List<Money> proportionalShares(List<OpenDebt> group, Money available, Money owed) {
    int scale = available.currency().getDefaultFractionDigits();
    BigDecimal total = owed.amount().movePointRight(scale);
    BigDecimal paid = available.amount().movePointRight(scale);
    List<BigDecimal> units = new ArrayList<>();
    List<BigDecimal> fractions = new ArrayList<>();
    for (OpenDebt debt : group) {
      BigDecimal[] division =
          paid.multiply(debt.totalDue().amount().movePointRight(scale)).divideAndRemainder(total);
      units.add(division[0]);
      fractions.add(division[1]);
    }
    BigDecimal leftOver = paid.subtract(units.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    List<Integer> byFraction = new ArrayList<>();
    for (int index = 0; index < group.size(); index++) {
      byFraction.add(index);
    }
    byFraction.sort(
        Comparator.comparing((Integer index) -> fractions.get(index), Comparator.reverseOrder())
            .thenComparing(index -> group.get(index).debtId()));
    for (int rank = 0; rank < leftOver.intValueExact(); rank++) {
      int index = byFraction.get(rank);
      units.set(index, units.get(index).add(BigDecimal.ONE));
    }
    return units.stream()
        .map(unit -> Money.of(unit.movePointLeft(scale), available.currency()))
        .toList();
  }

  /** Applies {@code amount} to {@code debt}'s components in order; returns {@code amount}. */
  private Money settle(OpenDebt debt, Money amount, List<Allocation> allocations) {
    Money left = amount;
    for (DebtComponent component : placement.order()) {
      Money part = left.min(debt.due(component));
      if (part.isPositive()) {
        allocations.add(new Allocation(debt.debtId(), component, part));
        left = left.minus(part);
      }
    }
    return amount;
  }
}
