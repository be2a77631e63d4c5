package io.recouvra.debts;

import io.recouvra.shared.id.DebtorId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which debts a list holds; every absent criterion lets all debts through.
 *
 * @param status only debts in this status
 * @param debtor only this debtor's debts
 * @param dueFrom only debts due on or after this day
 * @param dueTo only debts due on or before this day
 * @param minimumBalance only debts whose balance, in their own currency, is at least this
 */
public record DebtFilter(
    Optional<DebtStatus> status,
    Optional<DebtorId> debtor,
    Optional<LocalDate> dueFrom,
    Optional<LocalDate> dueTo,
    Optional<BigDecimal> minimumBalance) {

  /** Every debt. */
  public static DebtFilter all() {
    return new DebtFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** One debtor's debts. */
  public static DebtFilter ofDebtor(DebtorId debtor) {
    return new DebtFilter(
        Optional.empty(),
        Optional.of(debtor),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
