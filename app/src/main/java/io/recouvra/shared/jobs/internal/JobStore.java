package io.recouvra.shared.jobs.internal;

import io.recouvra.shared.jobs.JobSummary;
import io.recouvra.shared.jobs.UnitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Jobs and units in the database. Claims and completions are conditional updates in plain SQL that
 * both Derby and PostgreSQL run (no SKIP LOCKED): of several servers racing for one unit, exactly
 * one update matches.
 */
@ApplicationScoped
public class JobStore {
  private static final String CLAIMABLE =
      "status IN ('PENDING', 'RUNNING') AND (lease_owner IS NULL OR lease_until < ?)";

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  /** Records a job. */
  @Transactional(TxType.MANDATORY)
  public void insertJob(String id, String kind, Instant at, String createdBy) {
    em.createNativeQuery(
            "INSERT INTO shared.job (id, kind, created_at, created_by) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, id)
        .setParameter(2, kind)
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, createdBy)
        .executeUpdate();
  }

  /** Records one pending unit per subject, due at once. */
  @Transactional(TxType.MANDATORY)
  public void insertUnits(String jobId, String work, List<String> subjects, Instant at) {
    for (String subject : subjects) {
      em.createNativeQuery(
              "INSERT INTO shared.job_unit (id, job_id, work_name, subject, status, attempts,"
                  + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5)")
          .setParameter(1, UUID.randomUUID().toString())
          .setParameter(2, jobId)
          .setParameter(3, work)
          .setParameter(4, subject)
          .setParameter(5, Timestamp.from(at))
          .executeUpdate();
    }
  }

  /** Ids of units that may be claimed now, the longest waiting first. */
  @Transactional(TxType.REQUIRES_NEW)
  List<String> claimable(Instant now, int count) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM shared.job_unit WHERE next_attempt_at <= ?1 AND "
                    + CLAIMABLE.replace("?", "?1")
                    + " ORDER BY next_attempt_at")
            .setParameter(1, Timestamp.from(now))
            .setMaxResults(count)
            .getResultList();
    return ids.stream().map(String::valueOf).toList();
  }

  /**
   * Leases the unit to {@code owner} until {@code until} if nobody holds it at {@code now}; the
   * update matches for one server only.
   */
  @Transactional(TxType.REQUIRES_NEW)
  Optional<Claim> claim(String id, String owner, Instant now, Instant until) {
    int updated =
        em.createNativeQuery(
                "UPDATE shared.job_unit SET lease_owner = ?1, lease_until = ?2, status = 'RUNNING',"
                    + " attempts = attempts + 1 WHERE id = ?3 AND "
                    + CLAIMABLE.replace("?", "?4"))
            .setParameter(1, owner)
            .setParameter(2, Timestamp.from(until))
            .setParameter(3, id)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    if (updated != 1) {
      return Optional.empty();
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT job_id, work_name, subject, attempts FROM shared.job_unit WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return Optional.of(
        new Claim(
            id, (String) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue()));
  }

  /**
   * Marks the unit done in the caller's transaction (the one that did its work), only if {@code
   * owner} still holds it for {@code attempt}; false when another server has taken it over.
   */
  @Transactional(TxType.MANDATORY)
  boolean complete(String id, String owner, int attempt, Instant now) {
    return em.createNativeQuery(
                "UPDATE shared.job_unit SET status = 'DONE', done_at = ?1, lease_until = NULL,"
                    + " last_error = NULL WHERE id = ?2 AND lease_owner = ?3 AND attempts = ?4"
                    + " AND status = 'RUNNING'")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, id)
            .setParameter(3, owner)
            .setParameter(4, attempt)
            .executeUpdate()
        == 1;
  }

  /** Records a failed attempt, if {@code owner} still holds the unit for {@code attempt}. */
  @Transactional(TxType.REQUIRES_NEW)
  boolean fail(String id, String owner, int attempt, boolean givenUp, Instant next, String error) {
    return em.createNativeQuery(
                "UPDATE shared.job_unit SET status = ?1, lease_owner = NULL, lease_until = NULL,"
                    + " next_attempt_at = ?2, last_error = ?3"
                    + " WHERE id = ?4 AND lease_owner = ?5 AND attempts = ?6 AND status = 'RUNNING'")
            .setParameter(1, givenUp ? UnitStatus.FAILED.name() : UnitStatus.PENDING.name())
            .setParameter(2, Timestamp.from(next))
            .setParameter(3, error)
            .setParameter(4, id)
            .setParameter(5, owner)
            .setParameter(6, attempt)
            .executeUpdate()
        == 1;
  }

  /** Jobs, newest first, after {@code afterId} when given. */
  @Transactional
  public List<JobSummary> summaries(Optional<String> afterId, int count) {
    Optional<Object[]> after = afterId.flatMap(this::jobRow);
    String where =
        after.isPresent() ? " WHERE created_at < ?1 OR (created_at = ?1 AND id < ?2)" : "";
    var query =
        em.createNativeQuery(
            "SELECT id, kind, created_at FROM shared.job"
                + where
                + " ORDER BY created_at DESC, id DESC");
    after.ifPresent(row -> query.setParameter(1, row[2]).setParameter(2, row[0]));
    List<?> rows = query.setMaxResults(count).getResultList();
    return rows.stream().map(row -> summaryOf((Object[]) row)).toList();
  }

  /** One job. */
  @Transactional
  public Optional<JobSummary> summary(String id) {
    return jobRow(id).map(this::summaryOf);
  }

  /** A job's units by id. */
  @Transactional
  public List<UnitView> units(String jobId, Optional<String> afterId, int count) {
    var query =
        em.createNativeQuery(
            "SELECT id, subject, status, attempts, lease_owner, last_error FROM shared.job_unit"
                + " WHERE job_id = ?1 AND id > ?2 ORDER BY id");
    List<?> rows =
        query
            .setParameter(1, jobId)
            .setParameter(2, afterId.orElse(""))
            .setMaxResults(count)
            .getResultList();
    return rows.stream().map(row -> unitOf((Object[]) row)).toList();
  }

  private Optional<Object[]> jobRow(String id) {
    List<?> rows =
        em.createNativeQuery("SELECT id, kind, created_at FROM shared.job WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(row -> (Object[]) row).findFirst();
  }

  private JobSummary summaryOf(Object[] job) {
    String id = (String) job[0];
    Map<UnitStatus, Long> counts = new EnumMap<>(UnitStatus.class);
    List<?> rows =
        em.createNativeQuery(
                "SELECT status, COUNT(*) FROM shared.job_unit WHERE job_id = ?1 GROUP BY status")
            .setParameter(1, id)
            .getResultList();
    for (Object row : rows) {
      Object[] pair = (Object[]) row;
      counts.put(UnitStatus.valueOf((String) pair[0]), ((Number) pair[1]).longValue());
    }
    return new JobSummary(
        id,
        (String) job[1],
        ((Timestamp) job[2]).toInstant(),
        counts.getOrDefault(UnitStatus.PENDING, 0L),
        counts.getOrDefault(UnitStatus.RUNNING, 0L),
        counts.getOrDefault(UnitStatus.DONE, 0L),
        counts.getOrDefault(UnitStatus.FAILED, 0L),
        lastError(id));
  }

  private Optional<String> lastError(String jobId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT last_error FROM shared.job_unit WHERE job_id = ?1"
                    + " AND last_error IS NOT NULL ORDER BY next_attempt_at DESC")
            .setParameter(1, jobId)
            .setMaxResults(1)
            .getResultList();
    return rows.stream().map(String::valueOf).findFirst();
  }

  private static UnitView unitOf(Object[] row) {
    return new UnitView(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        ((Number) row[3]).intValue(),
        Optional.ofNullable((String) row[4]),
        Optional.ofNullable((String) row[5]));
  }
}
