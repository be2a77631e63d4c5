package io.recouvra.debts.internal;

import io.recouvra.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a debt's ledger; a debt's balance is the sum of its entries. Never changed. */
@Entity(name = "LedgerEntry")
@Table(name = "ledger_entry", schema = "debts")
class LedgerEntryRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "debt_id")
  private DebtRecord debt;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private LedgerEntryKind kind;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "booked_on", nullable = false)
  private LocalDate bookedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LedgerEntryRecord() {}

  LedgerEntryRecord(
      DebtRecord debt, LedgerEntryKind kind, Money amount, LocalDate bookedOn, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.debt = debt;
    this.kind = kind;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.bookedOn = bookedOn;
    this.recordedAt = now;
  }
}
