package io.recouvra.debts.internal;

import io.recouvra.debts.StoredLawRow;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The columns every row of a law table has: its kind, its days, where the figure comes from, and
 * who added it (and ended it, when a successor closed it). The figure itself is the subclass's.
 */
@MappedSuperclass
abstract class LawRowRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "kind", nullable = false, length = 60)
  private String kind;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "legal_reference", nullable = false, length = 500)
  private String legalReference;

  @Column(name = "verified", nullable = false)
  private boolean verified;

  @Column(name = "note", nullable = false, length = 1000)
  private String note;

  @Column(name = "added_by", nullable = false, length = 100)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected LawRowRecord() {}

  LawRowRecord(LawRowFacts facts, String addedBy, Instant addedAt) {
    this.id = UUID.randomUUID().toString();
    this.kind = facts.kind();
    this.validFrom = facts.days().from();
    this.validTo = facts.days().to().orElse(null);
    this.legalReference = facts.legalReference();
    this.verified = facts.verified();
    this.note = facts.note();
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  String id() {
    return id;
  }

  String kind() {
    return kind;
  }

  LawDays days() {
    return new LawDays(validFrom, Optional.ofNullable(validTo));
  }

  /** What the row says besides its figure. */
  LawRowFacts facts() {
    return new LawRowFacts(kind, days(), legalReference, verified, note);
  }

  /** The figure, as text, e.g. {@code 2.15} or {@code PRESCRIPTION P5Y}. */
  abstract String figure();

  /** Whether {@code other} says the same: same facts and the same figure. */
  boolean saysTheSameAs(LawRowRecord other) {
    return facts().equals(other.facts()) && figure().equals(other.figure());
  }

  /** Whether a successor ended this row after it was added. */
  boolean wasClosed() {
    return closedAt != null;
  }

  /** Ends this open-ended row on {@code lastDay}, because its successor starts the day after. */
  void close(LocalDate lastDay, String by, Instant at) {
    if (validTo != null) {
      throw new IllegalStateException("only an open-ended row is closed by its successor");
    }
    this.validTo = lastDay;
    this.closedBy = by;
    this.closedAt = at;
  }

  <R> StoredLawRow<R> stored(R row) {
    return new StoredLawRow<>(
        row, addedBy, addedAt, Optional.ofNullable(closedBy), Optional.ofNullable(closedAt));
  }
}
