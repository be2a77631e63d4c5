package io.recouvra.debts.law;

import java.time.LocalDate;

/**
 * A row of law data that holds for one kind of figure over an inclusive range of days.
 *
 * @param <K> the kind of figure
 */
interface Dated<K> {

  /** What the row gives a figure for. */
  K kind();

  /** First day the row applies to. */
  LocalDate validFrom();

  /** Last day the row applies to, inclusive; {@link LocalDate#MAX} while it is in force. */
  LocalDate validTo();
}
