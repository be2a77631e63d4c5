package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice paid late, or still unpaid, for which penalties are computed.
 *
 * @param base the invoice's amount including VAT
 * @param dueOn the due date; penalties run from the next day without any reminder (L441-10)
 * @param until the last day counted: the day of payment, or the day of the statement
 * @param regime commercial or public procurement
 * @param contractPercent the penalty rate the contract sets, in percent a year, if any; only for
 *     {@link PenaltyRegime#COMMERCIAL}
 * @param changes partial payments and other changes of the base, effective the day after
 */
public record LatePayment(
    Money base,
    LocalDate dueOn,
    LocalDate until,
    PenaltyRegime regime,
    Optional<BigDecimal> contractPercent,
    List<BaseChange> changes) {

  /** Copies the changes and checks that nothing is missing. */
  public LatePayment {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(contractPercent, "contractPercent");
    changes = List.copyOf(changes);
    if (regime == PenaltyRegime.PUBLIC_PROCUREMENT && contractPercent.isPresent()) {
      throw new IllegalArgumentException("public procurement penalties have no contract rate");
    }
  }

  /** A commercial invoice at the default rate, with no partial payment. */
  public static LatePayment commercial(Money base, LocalDate dueOn, LocalDate until) {
    return new LatePayment(
        base, dueOn, until, PenaltyRegime.COMMERCIAL, Optional.empty(), List.of());
  }
}
