package io.recouvra.debts.internal;

import io.recouvra.debts.AddedLawRow;
import io.recouvra.debts.NewLawRate;
import io.recouvra.debts.NewLawTerm;
import io.recouvra.debts.NewLimitationPeriod;
import io.recouvra.debts.StoredLawRow;
import io.recouvra.debts.law.DatedRate;
import io.recouvra.debts.law.DatedTerm;
import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.shared.error.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/** The stored law tables as the debts facade reads and adds to them. */
@ApplicationScoped
public class LawTableEntries {
  @Inject StoredLawRows store;
  @Inject LawRowWriter writer;
  @Inject Clock clock;

  /** Every rate row, by kind then first day. */
  public List<StoredLawRow<DatedRate>> rates() {
    return stored(store.all(LawTable.RATES), LawRateRecord::toRow);
  }

  /** Every term row, by kind then first day. */
  public List<StoredLawRow<DatedTerm>> terms() {
    return stored(store.all(LawTable.TERMS), LawTermRecord::toRow);
  }

  /** Every limitation period row, by kind then first day. */
  public List<StoredLawRow<LimitationPeriod>> periods() {
    return stored(store.all(LawTable.PERIODS), LimitationPeriodRecord::toRow);
  }

  /** Adds a rate row by {@code actor}, or says why not; a refusal writes nothing. */
  public Outcome<AddedLawRow<DatedRate>> addRate(NewLawRate command, String actor) {
    return add(
        LawTable.RATES,
        LawRowRules.rate(command, actor, clock.instant()),
        command.row().closePrevious(),
        actor,
        LawRateRecord::toRow);
  }

  /** Adds a term row by {@code actor}, or says why not; a refusal writes nothing. */
  public Outcome<AddedLawRow<DatedTerm>> addTerm(NewLawTerm command, String actor) {
    return add(
        LawTable.TERMS,
        LawRowRules.term(command, actor, clock.instant()),
        command.row().closePrevious(),
        actor,
        LawTermRecord::toRow);
  }

  /** Adds a limitation period row by {@code actor}, or says why not; a refusal writes nothing. */
  public Outcome<AddedLawRow<LimitationPeriod>> addPeriod(
      NewLimitationPeriod command, String actor) {
    return add(
        LawTable.PERIODS,
        LawRowRules.period(command, actor, clock.instant()),
        command.row().closePrevious(),
        actor,
        LimitationPeriodRecord::toRow);
  }

  private <R extends LawRowRecord, V> Outcome<AddedLawRow<V>> add(
      LawTable<R> table,
      Outcome<R> checked,
      boolean closePrevious,
      String actor,
      Function<R, V> rule) {
    if (!checked.isDone()) {
      return Outcome.refused(checked.problems());
    }
    R row = checked.value().orElseThrow();
    LawRowFacts facts = row.facts();
    try {
      LawRowWriter.Added<R> added =
          writer.add(
              table,
              row,
              closePrevious,
              actor,
              facts.kind(),
              facts.days().from(),
              facts.days().to(),
              row.figure(),
              facts.legalReference(),
              facts.verified(),
              facts.note(),
              closePrevious);
      return Outcome.done(
          new AddedLawRow<>(
              added.row().stored(rule.apply(added.row())),
              added.closed().map(closed -> closed.stored(rule.apply(closed)))));
    } catch (LawRowRefused refused) {
      return Outcome.refused(refused.problems());
    }
  }

  private static <R extends LawRowRecord, V> List<StoredLawRow<V>> stored(
      List<R> rows, Function<R, V> rule) {
    return rows.stream().map(row -> row.stored(rule.apply(row))).toList();
  }
}
