package io.recouvra.debts.law;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A length of time of the law, as data, for periods starting within an inclusive range of days.
 *
 * @param kind what the length is for
 * @param regime prescription or forclusion
 * @param length the length in years, months or both ({@code P5Y}, {@code P6M})
 * @param validFrom first starting day it applies to
 * @param validTo last starting day it applies to, inclusive; {@link LocalDate#MAX} while in force
 * @param legalReference the text that sets it
 * @param verified whether the figure was checked against its primary source
 * @param note what is still unconfirmed, or how the row applies; empty when nothing to say
 */
public record LimitationPeriod(
    PeriodKind kind,
    LimitationRegime regime,
    Period length,
    LocalDate validFrom,
    LocalDate validTo,
    String legalReference,
    boolean verified,
    String note)
    implements Dated<PeriodKind> {

  /** Checks that nothing is missing and the length is positive. */
  public LimitationPeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(note, "note");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a limitation period is longer than zero: " + length);
    }
  }

  /**
   * The last day of this period when it starts with an event on {@code eventDay}: {@code eventDay}
   * plus the length, the day with the same number in the last month or year, or the month's last
   * day when that month has no such day (Code de procédure civile 641: 2024-02-29 plus one year
   * ends on 2025-02-28). The day of the event itself does not count (Code civil 2228, "dies a quo
   * non computatur"), and the period is accomplished at the end of that last day (2229). {@link
   * LocalDate#plusYears} and {@link LocalDate#plusMonths} clamp to the month's end exactly so.
   */
  public LocalDate lastDayFrom(LocalDate eventDay) {
    return eventDay.plus(length);
  }
}
