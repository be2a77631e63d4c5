package io.recouvra.debts.internal;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LimitationPeriodTable;
import io.recouvra.debts.law.RateTable;
import io.recouvra.debts.law.TermTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Reads the stored law tables, and takes the lock that every write of them goes through: the one
 * row of {@code debts.law_tables_revision}, whose revision each write bumps in its transaction. So
 * writers of any server run one after the other and see each other's rows, and a server knows its
 * copy of the tables is stale when the revision it read them at is not the one stored.
 */
@ApplicationScoped
public class StoredLawRows {
  private static final String REVISION =
      "SELECT revision FROM debts.law_tables_revision WHERE id = 1";

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  /** The revision of the tables: it changes with every write that commits. */
  public long revision() {
    List<?> found = em.createNativeQuery(REVISION).getResultList();
    if (found.isEmpty()) {
      throw new IllegalStateException("debts.law_tables_revision has lost its row");
    }
    return ((Number) found.get(0)).longValue();
  }

  /** Every stored row, read into the tables the rules take. */
  public LawTables tables() {
    return new LawTables(
        new RateTable(all(LawTable.RATES).stream().map(LawRateRecord::toRow).toList()),
        new TermTable(all(LawTable.TERMS).stream().map(LawTermRecord::toRow).toList()),
        new LimitationPeriodTable(
            all(LawTable.PERIODS).stream().map(LimitationPeriodRecord::toRow).toList()));
  }

  /** The rows of a table by kind, then first day. */
  <R extends LawRowRecord> List<R> all(LawTable<R> table) {
    return em.createQuery(
            "SELECT r FROM " + table.entity() + " r ORDER BY r.kind, r.validFrom", table.type())
        .getResultList();
  }

  /** The rows of one kind, by first day. */
  <R extends LawRowRecord> List<R> ofKind(LawTable<R> table, String kind) {
    return em.createQuery(
            "SELECT r FROM " + table.entity() + " r WHERE r.kind = :kind ORDER BY r.validFrom",
            table.type())
        .setParameter("kind", kind)
        .getResultList();
  }

  /**
   * Bumps the revision, inside the caller's transaction: a second writer waits here until the first
   * commits or rolls back.
   */
  void lockForWriting() {
    int bumped =
        em.createNativeQuery(
                "UPDATE debts.law_tables_revision SET revision = revision + 1 WHERE id = 1")
            .executeUpdate();
    if (bumped != 1) {
      throw new IllegalStateException("debts.law_tables_revision has lost its row");
    }
  }
}
