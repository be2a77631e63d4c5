package io.recouvra.debts.internal;

import io.recouvra.debts.HoldReason;
import io.recouvra.debts.HoldView;
import io.recouvra.shared.id.DebtId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A hold on a debt's collection as stored; lifted, never deleted. */
@Entity(name = "CollectionHold")
@Table(name = "collection_hold", schema = "debts")
class HoldRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "debt_id", nullable = false, length = 36)
  private String debtId;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, length = 30)
  private HoldReason reason;

  @Column(name = "source", nullable = false, length = 100)
  private String source;

  @Column(name = "since_on", nullable = false)
  private LocalDate since;

  @Column(name = "until_on")
  private LocalDate until;

  @Column(name = "note", length = 500)
  private String note;

  @Column(name = "placed_by", nullable = false, length = 100)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  @Column(name = "lifted_by", length = 100)
  private String liftedBy;

  @Column(name = "lift_note", length = 500)
  private String liftNote;

  @Version
  @Column(name = "version")
  private int version;

  protected HoldRecord() {}

  HoldRecord(HoldView hold, String creditorId) {
    this.id = hold.id().toString();
    this.debtId = hold.debt().toString();
    this.creditorId = creditorId;
    this.reason = hold.reason();
    this.source = hold.source();
    this.since = hold.since();
    this.until = hold.until().orElse(null);
    this.note = hold.note().orElse(null);
    this.placedBy = hold.placedBy();
    this.placedAt = hold.placedAt();
  }

  String source() {
    return source;
  }

  boolean isLifted() {
    return liftedAt != null;
  }

  void lift(String by, String why, Instant at) {
    this.liftedAt = at;
    this.liftedBy = by;
    this.liftNote = why;
  }

  HoldView toView() {
    return new HoldView(
        UUID.fromString(id),
        new DebtId(UUID.fromString(debtId)),
        reason,
        source,
        since,
        Optional.ofNullable(until),
        Optional.ofNullable(note),
        placedBy,
        placedAt,
        Optional.ofNullable(liftedAt));
  }
}
