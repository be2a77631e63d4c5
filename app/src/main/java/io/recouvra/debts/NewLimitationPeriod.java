package io.recouvra.debts;

import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.PeriodKind;

/**
 * A limitation period to add, for periods starting on the row's days.
 *
 * @param kind what the period is for
 * @param regime prescription or forclusion
 * @param length the length as an ISO-8601 period of years and months, e.g. {@code P5Y}
 * @param row the starting days it applies to, and its sources
 */
public record NewLimitationPeriod(
    PeriodKind kind, LimitationRegime regime, String length, NewLawRow row) {}
