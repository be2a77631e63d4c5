package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.jobs.Jobs;
import io.recouvra.shared.jobs.ScheduledWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fires the due occurrences of the scheduled works. An occurrence is claimed by a conditional
 * update that moves the schedule's next run forward only if no other server moved it first, in the
 * same transaction as the job it starts: so each occurrence fires once, whatever the servers.
 */
@ApplicationScoped
public class Schedules {
  private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  @Inject Instance<ScheduledWork> works;
  @Inject Jobs jobs;

  /** Fires every schedule due at {@code now}; each in its own transaction. */
  void fireDue(Instant now, Schedules self) {
    for (ScheduledWork work : works) {
      if (work.enabled()) {
        try {
          self.fireIfDue(work, now);
        } catch (PersistenceException | TransactionalException e) {
          LOG.fine(() -> "Schedule " + work.name() + " was recorded or fired by another server");
        }
      }
    }
  }

  /** Fires one schedule if it is due, recording it first when it is new. */
  @Transactional(TxType.REQUIRES_NEW)
  public void fireIfDue(ScheduledWork work, Instant now) {
    Optional<Instant> due = nextRun(work.name());
    if (due.isEmpty()) {
      em.createNativeQuery("INSERT INTO shared.job_schedule (name, next_run_at) VALUES (?1, ?2)")
          .setParameter(1, work.name())
          .setParameter(2, Timestamp.from(now))
          .executeUpdate();
      return;
    }
    if (due.get().isAfter(now)) {
      return;
    }
    Instant next = due.get().plus(work.period());
    if (!next.isAfter(now)) {
      next = now.plus(work.period());
    }
    int moved =
        em.createNativeQuery(
                "UPDATE shared.job_schedule SET next_run_at = ?1 WHERE name = ?2"
                    + " AND next_run_at = ?3")
            .setParameter(1, Timestamp.from(next))
            .setParameter(2, work.name())
            .setParameter(3, Timestamp.from(due.get()))
            .executeUpdate();
    if (moved == 1) {
      jobs.start("scheduled:" + work.name(), work.work(), List.of(due.get().toString()), "system");
    }
  }

  private Optional<Instant> nextRun(String name) {
    List<?> found =
        em.createNativeQuery("SELECT next_run_at FROM shared.job_schedule WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    return found.stream().findFirst().map(value -> ((Timestamp) value).toInstant());
  }
}
