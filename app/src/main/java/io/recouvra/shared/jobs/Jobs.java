package io.recouvra.shared.jobs;

import io.recouvra.shared.jobs.internal.JobStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The job runner's facade: start jobs, add units, and see where they stand. */
@ApplicationScoped
public class Jobs {
  /** The standing job whose units deliver the outbox's events, one per event and handler. */
  public static final String EVENTS_DELIVERY_JOB = "00000000-0000-4000-8000-00000000e001";

  @Inject JobStore store;
  @Inject Clock clock;

  /**
   * Starts a job of one unit per subject, each done by the {@link JobWork} named {@code work}; the
   * job commits with the caller's transaction, or in its own when there is none.
   *
   * @return the job's id
   */
  @Transactional
  public String start(String kind, String work, List<String> subjects, String startedBy) {
    String id = UUID.randomUUID().toString();
    store.insertJob(id, kind, clock.instant(), startedBy);
    store.insertUnits(id, work, subjects, clock.instant());
    return id;
  }

  /** Adds units to an existing job inside the caller's transaction, which must exist. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addUnits(String jobId, String work, List<String> subjects) {
    store.insertUnits(jobId, work, subjects, clock.instant());
  }

  /** Jobs, newest first, after the job {@code afterId} when given. */
  public List<JobSummary> summaries(Optional<String> afterId, int count) {
    return store.summaries(afterId, count);
  }

  /** One job, if it exists. */
  public Optional<JobSummary> summary(String id) {
    return store.summary(id);
  }

  /** A job's units by id, after the unit {@code afterId} when given. */
  public List<UnitView> units(String jobId, Optional<String> afterId, int count) {
    return store.units(jobId, afterId, count);
  }
}
