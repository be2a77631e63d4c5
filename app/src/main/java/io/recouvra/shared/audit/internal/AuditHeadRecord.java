package io.recouvra.shared.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of the audit chain: the last sequence and hash. Every append locks this one row, so
 * entries are chained in one order on any number of servers.
 */
@Entity(name = "AuditHead")
@Table(name = "audit_head", schema = "shared")
class AuditHeadRecord {
  static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditHeadRecord() {}

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long sequence, String hash) {
    this.lastSequence = sequence;
    this.lastHash = hash;
  }
}
