package io.recouvra.debts.internal;

import io.recouvra.debts.law.LawTables;
import io.recouvra.debts.law.LawTablesCsv;
import io.recouvra.shared.persistence.SchemaMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.logging.Logger;

/**
 * Inserts the shipped law rows (the CSV files under {@code debts/law/}, their one source) that the
 * database does not hold yet, at start-up, right after the schema migration and before the job
 * runner or the demo data read anything. Servers starting together take turns through the tables'
 * lock; should two still insert the same row, the unique kind and first day refuses the second,
 * which then finds the rows there and has nothing left to do.
 */
@ApplicationScoped
public class LawTableSeeding {
  /** After the schema migration, before the job runner and the demo data. */
  static final int PRIORITY = SchemaMigration.PRIORITY + 10;

  private static final Logger LOG = Logger.getLogger(LawTableSeeding.class.getName());

  @Inject LawRowWriter writer;

  void seed(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object start) {
    LawTables shipped = LawTablesCsv.seed();
    int added;
    try {
      added = writer.seed(shipped);
    } catch (PersistenceException | TransactionalException e) {
      LOG.info("Law tables: another server added the shipped rows meanwhile; checking again");
      added = writer.seed(shipped);
    }
    int count = added;
    LOG.info(() -> "Law tables: " + count + " shipped rows added");
  }
}
