package io.recouvra.debts.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One figure of the law that is not a percentage (a factor, an amount in euros, a number of months)
 * over an inclusive range of days, with where it comes from.
 *
 * @param kind what the figure is; its unit is in the kind's name or description
 * @param validFrom first day it applies to
 * @param validTo last day it applies to, inclusive; {@link LocalDate#MAX} while in force
 * @param value the figure
 * @param legalReference the text that sets it
 * @param verified whether the figure was checked against its primary source
 * @param note what is still unconfirmed, or how the row applies; empty when nothing to say
 */
public record DatedTerm(
    TermKind kind,
    LocalDate validFrom,
    LocalDate validTo,
    BigDecimal value,
    String legalReference,
    boolean verified,
    String note)
    implements Dated<TermKind> {

  /** Checks that nothing is missing. */
  public DatedTerm {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(note, "note");
  }
}
