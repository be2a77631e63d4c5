package io.recouvra.debts.internal;

import io.recouvra.shared.persistence.SchemaMigration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, gives every debt without a stored limitation summary its summary, a page at a time,
 * each page in its own transaction: the debts registered before summaries existed (ADR 0014). A
 * Liquibase change cannot do it, as the summary is computed by the rules. Servers starting together
 * may both try a page; the loser's page rolls back and it leaves the rest to the other.
 */
@ApplicationScoped
public class LimitationBackfill {
  private static final Logger LOG = Logger.getLogger(LimitationBackfill.class.getName());
  private static final int PAGE = 200;

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject LimitationBook book;
  @Inject LimitationBackfill self;

  void fill(
      @Observes @Priority(SchemaMigration.PRIORITY + 200) @Initialized(ApplicationScoped.class)
          Object start) {
    int total = 0;
    try {
      for (int done = self.fillPage(); done > 0; done = self.fillPage()) {
        total += done;
      }
    } catch (PersistenceException | TransactionalException e) {
      LOG.info("Limitation summaries are being filled by another server");
    }
    if (total > 0) {
      int filled = total;
      LOG.info(() -> "Limitation summaries computed for " + filled + " debts");
    }
  }

  /** Computes the summaries of one page of debts that have none; how many it did. */
  @Transactional(TxType.REQUIRES_NEW)
  public int fillPage() {
    List<DebtRecord> missing =
        em.createQuery(
                "SELECT d FROM Debt d WHERE NOT EXISTS"
                    + " (SELECT l.debtId FROM DebtLimitation l WHERE l.debtId = d.id)"
                    + " ORDER BY d.id",
                DebtRecord.class)
            .setMaxResults(PAGE)
            .getResultList();
    missing.forEach(debt -> book.refresh(debt.toView()));
    em.flush();
    return missing.size();
  }
}
