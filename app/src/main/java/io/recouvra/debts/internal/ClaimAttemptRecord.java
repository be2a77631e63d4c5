package io.recouvra.debts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to claim a debtor record, kept to limit and trace guessing. */
@Entity(name = "ClaimAttempt")
@Table(name = "claim_attempt", schema = "debts")
class ClaimAttemptRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "subject", nullable = false, length = 100)
  private String subject;

  @Column(name = "creditor_reference", length = 25)
  private String reference;

  @Column(name = "attempted_at", nullable = false)
  private Instant at;

  @Column(name = "succeeded", nullable = false)
  private boolean succeeded;

  protected ClaimAttemptRecord() {}

  ClaimAttemptRecord(String subject, String reference, Instant at, boolean succeeded) {
    this.id = UUID.randomUUID().toString();
    this.subject = subject;
    this.reference = reference;
    this.at = at;
    this.succeeded = succeeded;
  }
}
