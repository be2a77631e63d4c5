package io.recouvra.debts.internal;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.law.CreditorCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one debt that decide what accrues on it.
 *
 * @param dueOn the due date; penalties run from the next day
 * @param debtorType who owes
 * @param creditor the creditor's category: a natural person outside trade, or any other creditor
 * @param contractPenaltyPercent the penalty rate the contract sets, if any
 * @param formalNoticeReceivedOn the day the debtor received a formal notice, if any; legal interest
 *     runs from it where no penalties do
 * @param collectiveProceedingBars whether a collective proceeding bars paying the indemnity
 */
record AccrualTerms(
    LocalDate dueOn,
    DebtorType debtorType,
    CreditorCategory creditor,
    Optional<BigDecimal> contractPenaltyPercent,
    Optional<LocalDate> formalNoticeReceivedOn,
    boolean collectiveProceedingBars) {

  AccrualTerms {
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(contractPenaltyPercent, "contractPenaltyPercent");
    Objects.requireNonNull(formalNoticeReceivedOn, "formalNoticeReceivedOn");
  }

  /**
   * Whether late-payment penalties and the indemnity run (Code de commerce L441-10): a creditor
   * acting for its trade and a professional or public debtor.
   */
  boolean betweenProfessionals() {
    return creditor == CreditorCategory.OTHER
        && (debtorType == DebtorType.PROFESSIONAL || debtorType == DebtorType.PUBLIC_ENTITY);
  }
}
