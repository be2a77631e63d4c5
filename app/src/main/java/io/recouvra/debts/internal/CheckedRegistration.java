package io.recouvra.debts.internal;

import io.recouvra.debts.DebtorView;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A registration whose every value passed its checks, not yet bound to ids and references.
 *
 * @param externalReference the creditor's reference
 * @param description the description, if any
 * @param principal the principal
 * @param issuedOn the issue date
 * @param dueOn the due date
 * @param exigibleOn the exigibility date
 * @param debtor the debtor's details; its id is a fresh one, replaced by the stored record's
 * @param nature what the debt is for
 * @param contractPenaltyPercent the contract penalty rate in percent a year, if the contract sets
 *     one
 * @param fingerprint what identifies this registration's content, for idempotent retries
 */
public record CheckedRegistration(
    String externalReference,
    Optional<String> description,
    Money principal,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate exigibleOn,
    DebtorView debtor,
    DebtNature nature,
    Optional<BigDecimal> contractPenaltyPercent,
    String fingerprint) {}
