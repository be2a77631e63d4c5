package io.recouvra.debts;

import io.recouvra.debts.law.DebtNature;
import java.time.LocalDate;

/**
 * The command to register a debt, as received from a client: the facade checks every value and
 * reports problems by these components' names.
 *
 * @param externalReference the creditor's reference for the debt, unique per creditor
 * @param description what the debt is for; optional
 * @param principalAmount the principal including VAT, as a decimal string
 * @param currency the ISO 4217 currency code
 * @param issuedOn when the invoice or claim was issued
 * @param dueOn when payment is due
 * @param exigibleOn when the sum could first be claimed; the due date when absent
 * @param debtor the debtor, created or updated by its customer reference
 * @param nature what the debt is for, which sets its limitation period; goods or services when
 *     absent
 * @param contractPenaltyRate the late-payment penalty rate the contract sets, in percent a year, as
 *     a decimal string; only between professionals; the statutory rate when absent
 */
public record RegisterDebt(
    String externalReference,
    String description,
    String principalAmount,
    String currency,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate exigibleOn,
    DebtorDetails debtor,
    DebtNature nature,
    String contractPenaltyRate) {}
