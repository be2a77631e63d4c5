/**
 * The law in the ledger: pure, exact rules for interest, late-payment penalties, the recovery
 * indemnity, limitation and payment imputation (domain-rules.md sections 3 and 4, ADR 0011).
 *
 * <p>Nothing here touches a database, a clock or the network: every figure comes in as data (dated
 * rows of {@link io.recouvra.debts.law.RateTable}, {@link io.recouvra.debts.law.TermTable} and
 * {@link io.recouvra.debts.law.LimitationPeriodTable}, each with its legal reference and a verified
 * flag), every date is given by the caller, and every amount is a {@link
 * io.recouvra.shared.money.Money}. A day the tables do not cover raises an exception naming what is
 * missing: never a silent zero.
 *
 * <p>Interest is counted in actual days over 365 ({@link io.recouvra.debts.law.DayCount}), kept
 * unrounded through every period and rounded once, {@code HALF_UP} at the currency's minor unit,
 * for the total (ADR 0004).
 */
package io.recouvra.debts.law;
