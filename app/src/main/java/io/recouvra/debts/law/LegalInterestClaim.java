package io.recouvra.debts.law;

import io.recouvra.shared.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sum on which legal interest runs after a formal notice.
 *
 * @param base the sum claimed in the formal notice
 * @param noticeReceivedOn the day the debtor received the formal notice; interest runs from it, the
 *     first day counted being the next one (ADR 0011)
 * @param until the last day counted: the day of payment, or the day of the statement
 * @param creditor the creditor's category, which picks the column
 * @param judgmentEnforceableOn the day a judgment ordering payment became enforceable, if any
 * @param changes partial payments and other changes of the base, effective the day after
 */
public record LegalInterestClaim(
    Money base,
    LocalDate noticeReceivedOn,
    LocalDate until,
    CreditorCategory creditor,
    Optional<LocalDate> judgmentEnforceableOn,
    List<BaseChange> changes) {

  /** Copies the changes and checks that nothing is missing. */
  public LegalInterestClaim {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(noticeReceivedOn, "noticeReceivedOn");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(judgmentEnforceableOn, "judgmentEnforceableOn");
    changes = List.copyOf(changes);
  }

  /** A claim with no judgment and no partial payment. */
  public static LegalInterestClaim of(
      Money base, LocalDate noticeReceivedOn, LocalDate until, CreditorCategory creditor) {
    return new LegalInterestClaim(
        base, noticeReceivedOn, until, creditor, Optional.empty(), List.of());
  }
}
