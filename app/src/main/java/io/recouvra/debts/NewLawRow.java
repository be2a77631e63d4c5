package io.recouvra.debts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What every new row of a law table states besides its kind and figure. Values come as the caller
 * gave them, missing ones included; {@link RateTables} checks them.
 *
 * @param validFrom the first day the row applies to
 * @param validTo the last day, inclusive; empty while the figure is in force with no known end
 * @param legalReference the text that sets the figure (an arrêté, an article)
 * @param verified whether the figure was checked against that text
 * @param note what is still unconfirmed, or how the row applies; empty for nothing
 * @param closePrevious whether an open-ended row of the same kind that started earlier may be ended
 *     the day before {@code validFrom}; without it such a row is an overlap, and refused
 */
public record NewLawRow(
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    String legalReference,
    Boolean verified,
    Optional<String> note,
    boolean closePrevious) {}
