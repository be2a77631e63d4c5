package io.recouvra.shared.audit.internal;

import io.recouvra.shared.audit.AuditEntry;
import io.recouvra.shared.audit.ChainCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Appends to the audit chain and reads it back. */
@ApplicationScoped
public class AuditStore {
  /** The hash the first entry follows. */
  public static final String GENESIS = "0".repeat(64);

  private static final int CHECK_PAGE = 500;

  @PersistenceContext(unitName = "recouvra")
  EntityManager em;

  /**
   * Appends an entry in the caller's transaction, which must exist: the entry commits or rolls back
   * with the command it records. Locks the chain's head until then.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry append(
      Instant at,
      String actor,
      Optional<String> tenant,
      String action,
      List<String> targets,
      String payloadDigest) {
    AuditHeadRecord head =
        em.find(AuditHeadRecord.class, AuditHeadRecord.ID, LockModeType.PESSIMISTIC_WRITE);
    long sequence = head.lastSequence() + 1;
    String hash =
        AuditEntry.hashOf(
            sequence, at, actor, tenant, action, targets, payloadDigest, head.lastHash());
    AuditEntry entry =
        new AuditEntry(
            sequence, at, actor, tenant, action, targets, payloadDigest, head.lastHash(), hash);
    em.persist(new AuditEntryRecord(entry));
    head.advance(sequence, hash);
    return entry;
  }

  /** Entries after {@code afterSequence}, oldest first, of one tenant or of all. */
  @Transactional
  public List<AuditEntry> entries(
      Optional<Collection<String>> tenants, long afterSequence, int count) {
    if (tenants.isPresent() && tenants.get().isEmpty()) {
      return List.of();
    }
    String jpql =
        "SELECT e FROM AuditEntry e WHERE e.sequence > :after"
            + (tenants.isPresent() ? " AND e.tenant IN :tenants" : "")
            + " ORDER BY e.sequence";
    var query =
        em.createQuery(jpql, AuditEntryRecord.class)
            .setParameter("after", afterSequence)
            .setMaxResults(count);
    tenants.ifPresent(t -> query.setParameter("tenants", List.copyOf(t)));
    return query.getResultStream().map(AuditEntryRecord::toEntry).toList();
  }

  /** Walks the whole chain from the first entry, checking each hash and link. */
  public ChainCheck check() {
    long checked = 0;
    long after = 0;
    String previous = GENESIS;
    while (true) {
      List<AuditEntry> page = entries(Optional.empty(), after, CHECK_PAGE);
      for (AuditEntry entry : page) {
        if (entry.sequence() != after + 1 || !entry.follows(previous)) {
          return new ChainCheck(checked, Optional.of(after + 1), previous);
        }
        previous = entry.hash();
        after = entry.sequence();
        checked++;
      }
      if (page.size() < CHECK_PAGE) {
        return new ChainCheck(checked, Optional.empty(), previous);
      }
    }
  }
}
