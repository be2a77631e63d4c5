package io.recouvra.debts.internal;

import java.time.LocalDate;

/**
 * What a row of a law table says besides its figure and who added it.
 *
 * @param kind the kind's name, e.g. {@code ECB_MAIN_REFINANCING}
 * @param days the days it applies to
 * @param legalReference the text that sets the figure
 * @param verified whether the figure was checked against that text
 * @param note what is still unconfirmed, or how the row applies; empty for nothing
 */
record LawRowFacts(
    String kind, LawDays days, String legalReference, boolean verified, String note) {

  /** The facts of a row as the law rules hold it, where {@link LocalDate#MAX} means no end. */
  static LawRowFacts ofRule(
      Enum<?> kind,
      LocalDate from,
      LocalDate to,
      String legalReference,
      boolean verified,
      String note) {
    return new LawRowFacts(kind.name(), LawDays.ofRule(from, to), legalReference, verified, note);
  }

  /** E.g. "the ECB_MAIN_REFINANCING row from 2026-01-01 to 2026-06-30". */
  String describe() {
    return "the " + kind + " row " + days.describe();
  }
}
