package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One percentage of the law over an inclusive range of days, with where it comes from.
 *
 * @param kind what the percentage is
 * @param validFrom first day it applies to
 * @param validTo last day it applies to, inclusive; {@link LocalDate#MAX} while in force
 * @param percent the rate or margin in percent per year ({@code 4.25} for 4.25 %)
 * @param legalReference the text that sets it (an arrêté, an article)
 * @param verified whether the figure was checked against its primary source
 * @param note what is still unconfirmed, or how the row applies; empty when nothing to say
 */
public record DatedRate(
    RateKind kind,
    LocalDate validFrom,
    LocalDate validTo,
    BigDecimal percent,
    String legalReference,
    boolean verified,
    String note)
    implements Dated<RateKind> {

  /** Checks that nothing is missing. */
  public DatedRate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(note, "note");
  }
}
