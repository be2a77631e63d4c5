package io.recouvra.debts.internal;

import io.recouvra.debts.law.LawTables;
import io.recouvra.shared.audit.AuditLog;
import io.recouvra.shared.error.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Writes the law tables, always under their lock ({@link StoredLawRows#lockForWriting()}), so that
 * what was checked against the stored rows still holds when the row commits, whichever server wrote
 * last.
 */
@ApplicationScoped
public class LawRowWriter {
  /** Who adds the shipped rows. */
  static final String SEEDER = "system";

  private static final Logger LOG = Logger.getLogger(LawRowWriter.class.getName());

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject StoredLawRows store;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Adds {@code row}, ending the open-ended row before it when {@code closePrevious} allows, and
   * records the command in the audit log.
   *
   * @throws LawRowRefused when the row overlaps a stored one; nothing is written
   */
  @Transactional
  public <R extends LawRowRecord> Added<R> add(
      LawTable<R> table, R row, boolean closePrevious, String actor, Object... payload) {
    store.lockForWriting();
    Outcome<Optional<R>> placed =
        LawRowPlacement.place(row, store.ofKind(table, row.kind()), closePrevious);
    if (!placed.isDone()) {
      throw new LawRowRefused(placed.problems());
    }
    Optional<R> toClose = placed.value().orElseThrow();

    Instant now = clock.instant();
    toClose.ifPresent(previous -> previous.close(row.days().from().minusDays(1), actor, now));
    em.persist(row);

    List<String> targets = new ArrayList<>(List.of(table.targetOf(row)));
    toClose.ifPresent(previous -> targets.add(table.targetOf(previous)));
    audit.record(actor, Optional.empty(), table.action(), targets, payload);
    return new Added<>(row, toClose);
  }

  /**
   * Inserts the shipped rows that are not stored yet, in one transaction under the lock; does not
   * lock at all when every shipped row is there already, as on every start but the first of a
   * release.
   *
   * @return how many rows were inserted
   */
  @Transactional
  public int seed(LawTables shipped) {
    List<LawSeedPlan<?>> plans = plans(shipped);
    if (!plans.stream().allMatch(LawSeedPlan::isEmpty)) {
      store.lockForWriting();
      plans = plans(shipped);
      plans.forEach(plan -> plan.toInsert().forEach(em::persist));
    }
    plans.forEach(LawRowWriter::report);
    return plans.stream().mapToInt(plan -> plan.toInsert().size()).sum();
  }

  private List<LawSeedPlan<?>> plans(LawTables shipped) {
    Instant now = clock.instant();
    return List.of(
        plan(LawTable.RATES, shipped.rates().rows(), LawRateRecord::shipped, now),
        plan(LawTable.TERMS, shipped.terms().rows(), LawTermRecord::shipped, now),
        plan(LawTable.PERIODS, shipped.periods().rows(), LimitationPeriodRecord::shipped, now));
  }

  private <T, R extends LawRowRecord> LawSeedPlan<R> plan(
      LawTable<R> table, List<T> rows, Shipping<T, R> toRecord, Instant now) {
    List<R> records = rows.stream().map(row -> toRecord.apply(row, SEEDER, now)).toList();
    return LawSeedPlan.of(records, store.all(table));
  }

  private static void report(LawSeedPlan<?> plan) {
    plan.warnings().forEach(warning -> LOG.warning(() -> "Law tables: " + warning));
    plan.notices().forEach(notice -> LOG.info(() -> "Law tables: " + notice));
  }

  /** A shipped row of the rules made into the record to store, by whom, when. */
  @FunctionalInterface
  interface Shipping<T, R> {
    R apply(T row, String addedBy, Instant addedAt);
  }

  /**
   * A row added, and the open-ended row it ended, if any.
   *
   * @param <R> the row's entity type
   * @param row the new row
   * @param closed the row ended the day before it starts
   */
  record Added<R extends LawRowRecord>(R row, Optional<R> closed) {}
}
