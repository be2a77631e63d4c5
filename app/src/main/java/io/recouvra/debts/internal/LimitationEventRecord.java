package io.recouvra.debts.internal;

import io.recouvra.debts.LimitationEventView;
import io.recouvra.debts.law.LimitationEvent;
import io.recouvra.debts.law.LimitationEventKind;
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

/** Something that happened to a debt and may move its limitation, as stored; never deleted. */
@Entity(name = "LimitationEvent")
@Table(name = "limitation_event", schema = "debts")
class LimitationEventRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "debt_id", nullable = false, length = 36)
  private String debtId;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private LimitationEventKind kind;

  @Column(name = "happened_on", nullable = false)
  private LocalDate happenedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "voided", nullable = false)
  private boolean voided;

  @Column(name = "note", length = 500)
  private String note;

  @Column(name = "source", nullable = false, length = 100)
  private String source;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 100)
  private String endedBy;

  @Version
  @Column(name = "version")
  private int version;

  protected LimitationEventRecord() {}

  LimitationEventRecord(
      String creditorId,
      DebtId debt,
      LimitationEvent event,
      Optional<String> note,
      String source,
      String actor,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.debtId = debt.toString();
    this.creditorId = creditorId;
    this.kind = event.kind();
    this.happenedOn = event.on();
    this.endedOn = event.endsOn().orElse(null);
    this.voided = event.voided();
    this.note = note.orElse(null);
    this.source = source;
    this.recordedBy = actor;
    this.recordedAt = now;
    if (endedOn != null || voided) {
      this.endedAt = now;
      this.endedBy = actor;
    }
  }

  String debtIdText() {
    return debtId;
  }

  LimitationEvent event() {
    return new LimitationEvent(kind, happenedOn, Optional.ofNullable(endedOn), voided);
  }

  boolean isEnded() {
    return endedOn != null || voided;
  }

  /** Ends a lasting event, or voids a court claim; the caller has checked both. */
  void end(Optional<LocalDate> on, boolean voidIt, String actor, Instant now) {
    this.endedOn = on.orElse(null);
    this.voided = voidIt;
    this.endedAt = now;
    this.endedBy = actor;
  }

  LimitationEventView toView() {
    return new LimitationEventView(
        UUID.fromString(id),
        new DebtId(UUID.fromString(debtId)),
        event(),
        Optional.ofNullable(note),
        source,
        recordedBy,
        recordedAt);
  }
}
