package io.recouvra.debts.internal;

import io.recouvra.debts.OfficerAssignment;
import io.recouvra.shared.id.CreditorId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A creditor assigned to a compliance officer by an administrator. */
@Entity(name = "OfficerAssignment")
@Table(name = "officer_assignment", schema = "debts")
class OfficerAssignmentRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Column(name = "officer_subject", nullable = false, length = 100)
  private String officerSubject;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false, length = 100)
  private String assignedBy;

  protected OfficerAssignmentRecord() {}

  OfficerAssignmentRecord(
      CreditorId creditor, String officerSubject, Instant assignedAt, String assignedBy) {
    this.id = UUID.randomUUID().toString();
    this.creditorId = creditor.toString();
    this.officerSubject = officerSubject;
    this.assignedAt = assignedAt;
    this.assignedBy = assignedBy;
  }

  CreditorId creditor() {
    return CreditorId.of(creditorId);
  }

  OfficerAssignment toView() {
    return new OfficerAssignment(creditor(), officerSubject, assignedAt, assignedBy);
  }
}
