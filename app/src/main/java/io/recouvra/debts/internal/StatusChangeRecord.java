package io.recouvra.debts.internal;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One change of a debt's status, kept forever with who made it and why. */
@Entity(name = "DebtStatusChange")
@Table(name = "debt_status_change", schema = "debts")
class StatusChangeRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "debt_id")
  private DebtRecord debt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private DebtStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 20)
  private ClosureReason reason;

  @Column(name = "changed_at", nullable = false)
  private Instant at;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String by;

  @Column(name = "note", length = 500)
  private String note;

  protected StatusChangeRecord() {}

  StatusChangeRecord(
      DebtRecord debt,
      DebtStatus status,
      ClosureReason reason,
      Instant at,
      String by,
      String note) {
    this.id = UUID.randomUUID().toString();
    this.debt = debt;
    this.status = status;
    this.reason = reason;
    this.at = at;
    this.by = by;
    this.note = note;
  }

  DebtView.StatusChange toView() {
    return new DebtView.StatusChange(
        status, Optional.ofNullable(reason), at, by, Optional.ofNullable(note));
  }
}
