package io.recouvra.shared.audit.internal;

import io.recouvra.shared.audit.AuditEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One audit entry as stored; never updated or deleted. */
@Entity(name = "AuditEntry")
@Table(name = "audit_entry", schema = "shared")
class AuditEntryRecord {
  @Id
  @Column(name = "sequence_no")
  private long sequence;

  @Column(name = "recorded_at", nullable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "tenant", length = 36)
  private String tenant;

  @Column(name = "action", nullable = false, length = 100)
  private String action;

  @Column(name = "targets", nullable = false, length = 1000)
  private String targets;

  @Column(name = "payload_digest", nullable = false, length = 64)
  private String payloadDigest;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, length = 64)
  private String hash;

  protected AuditEntryRecord() {}

  AuditEntryRecord(AuditEntry entry) {
    this.sequence = entry.sequence();
    this.at = entry.at();
    this.actor = entry.actor();
    this.tenant = entry.tenant().orElse(null);
    this.action = entry.action();
    this.targets = String.join(",", entry.targets());
    this.payloadDigest = entry.payloadDigest();
    this.previousHash = entry.previousHash();
    this.hash = entry.hash();
  }

  AuditEntry toEntry() {
    List<String> split = targets.isEmpty() ? List.of() : Arrays.asList(targets.split(","));
    return new AuditEntry(
        sequence,
        at,
        actor,
        Optional.ofNullable(tenant),
        action,
        split,
        payloadDigest,
        previousHash,
        hash);
  }
}
