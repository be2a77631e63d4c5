package io.recouvra.debts;

import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A debt as other modules and the API see it.
 *
 * @param id the debt's id
 * @param creditor the creditor owed
 * @param debtor the debtor record that owes
 * @param externalReference the creditor's reference, unique per creditor
 * @param description what the debt is for, if given
 * @param principal the principal including VAT
 * @param balance what remains owed: the sum of the debt's ledger entries
 * @param issuedOn when the invoice or claim was issued
 * @param dueOn when payment was due
 * @param exigibleOn when the sum could first be claimed, which starts limitation
 * @param nature what the debt is for, which sets its limitation period
 * @param contractPenaltyPercent the late-payment penalty rate the contract sets, in percent a year;
 *     the statutory rate applies when empty
 * @param status open or closed
 * @param closureReason why it was closed, when it is
 * @param history every change of status, oldest first
 * @param creditorReference the ISO 11649 reference payments carry
 * @param accessCode the code printed on the debtor's first letter
 * @param registeredAt when Recouvra registered it
 */
public record DebtView(
    DebtId id,
    CreditorId creditor,
    DebtorId debtor,
    String externalReference,
    Optional<String> description,
    Money principal,
    Money balance,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate exigibleOn,
    DebtNature nature,
    Optional<BigDecimal> contractPenaltyPercent,
    DebtStatus status,
    Optional<ClosureReason> closureReason,
    List<StatusChange> history,
    CreditorReference creditorReference,
    AccessCode accessCode,
    Instant registeredAt) {

  public DebtView {
    history = List.copyOf(history);
  }

  /**
   * One change of a debt's status.
   *
   * @param status the status it changed to
   * @param reason the closure reason, when it closed
   * @param at when
   * @param by who: the caller's subject
   * @param note why, in the words of whoever changed it
   */
  public record StatusChange(
      DebtStatus status,
      Optional<ClosureReason> reason,
      Instant at,
      String by,
      Optional<String> note) {}
}
