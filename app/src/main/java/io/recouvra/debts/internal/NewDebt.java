package io.recouvra.debts.internal;

import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A debt about to be stored, its input checked and its references assigned. */
record NewDebt(
    DebtId id,
    CreditorId creditor,
    DebtorId debtor,
    String externalReference,
    String fingerprint,
    Optional<String> description,
    Money principal,
    LocalDate issuedOn,
    LocalDate dueOn,
    LocalDate exigibleOn,
    DebtNature nature,
    Optional<BigDecimal> contractPenaltyPercent,
    CreditorReference creditorReference,
    AccessCode accessCode) {}
