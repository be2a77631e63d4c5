package io.recouvra.debts;

import java.time.LocalDate;

/**
 * An open debt whose last day to act is near, in the creditor's alerts queue.
 *
 * @param debt the debt
 * @param lastDayToAct its last day to act
 * @param daysLeft the days from the creditor's today to that day; 0 on the day itself
 * @param alertOn the last working day before the last day to act
 * @param due whether the alert day has come
 */
public record LimitationAlert(
    DebtView debt, LocalDate lastDayToAct, long daysLeft, LocalDate alertOn, boolean due) {}
