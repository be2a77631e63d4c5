package io.recouvra.debts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in account's claim on a debtor record. */
@Entity(name = "DebtorClaim")
@Table(name = "debtor_claim", schema = "debts")
class ClaimRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "debtor_id", nullable = false, length = 36)
  private String debtorId;

  @Column(name = "subject", nullable = false, length = 100)
  private String subject;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  protected ClaimRecord() {}

  ClaimRecord(String debtorId, String subject, Instant claimedAt) {
    this.id = UUID.randomUUID().toString();
    this.debtorId = debtorId;
    this.subject = subject;
    this.claimedAt = claimedAt;
  }

  String debtorId() {
    return debtorId;
  }
}
