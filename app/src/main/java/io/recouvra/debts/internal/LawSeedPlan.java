package io.recouvra.debts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which shipped rows of one law table start-up inserts. A shipped row whose kind and first day are
 * stored already is never written again: the stored row is the record, changed only through the
 * API. A shipped row that would share days with a stored row of its kind is not inserted either.
 * Both are reported, a different figure or different days as a warning (a computation may differ
 * from what the shipped data says), other differences as information.
 *
 * @param <R> the row's entity type
 * @param toInsert the rows to insert, in the shipped order
 * @param warnings what an administrator should look at, one sentence each
 * @param notices differences of reference, verified flag or note, one sentence each
 */
record LawSeedPlan<R extends LawRowRecord>(
    List<R> toInsert, List<String> warnings, List<String> notices) {

  /** The plan for {@code shipped} rows over the {@code stored} ones of the same table. */
  static <R extends LawRowRecord> LawSeedPlan<R> of(List<R> shipped, List<R> stored) {
    List<R> kept = new ArrayList<>(stored);
    List<R> toInsert = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (R row : shipped) {
      LawRowFacts facts = row.facts();
      List<R> sameKind = kept.stream().filter(r -> r.kind().equals(row.kind())).toList();
      List<R> sameStart =
          sameKind.stream().filter(r -> r.days().from().equals(facts.days().from())).toList();
      if (!sameStart.isEmpty()) {
        compare(row, sameStart.get(0), warnings, notices);
      } else if (sameKind.stream().anyMatch(r -> r.days().overlaps(facts.days()))) {
        warnings.add(
            "shipped " + facts.describe() + " overlaps a stored row of its kind and was not added");
      } else {
        toInsert.add(row);
        kept.add(row);
      }
    }
    return new LawSeedPlan<>(toInsert, warnings, notices);
  }

  private static void compare(
      LawRowRecord shipped, LawRowRecord stored, List<String> warnings, List<String> notices) {
    boolean sameDays =
        shipped.days().equals(stored.days())
            || (stored.wasClosed() && shipped.days().isOpenEnded());
    String which = "shipped " + shipped.facts().describe();
    if (!shipped.figure().equals(stored.figure()) || !sameDays) {
      warnings.add(
          which
              + " says "
              + shipped.figure()
              + " but the stored row "
              + stored.days().describe()
              + " says "
              + stored.figure()
              + "; the stored row is kept");
    } else if (!shipped.facts().legalReference().equals(stored.facts().legalReference())
        || shipped.facts().verified() != stored.facts().verified()
        || !shipped.facts().note().equals(stored.facts().note())) {
      notices.add(which + " differs from the stored row in its reference, flag or note");
    }
  }

  /** Whether start-up has nothing to write. */
  boolean isEmpty() {
    return toInsert.isEmpty();
  }
}
