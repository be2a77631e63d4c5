package io.recouvra.debts;

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
 */
public record RegisterDebt(
    String externalReference,
    String description,
    String principalAmount,
    String currency,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate exigibleOn,
    DebtorDetails debtor) {}
