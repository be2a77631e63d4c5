package io.recouvra.debts.internal;

import io.recouvra.debts.law.DebtComponent;
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
import java.util.Currency;
import java.util.Optional;
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

  @Enumerated(EnumType.STRING)
  @Column(name = "component", nullable = false, length = 20)
  private DebtComponent component;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "booked_on", nullable = false)
  private LocalDate bookedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "reference", length = 64)
  private String reference;

  @Column(name = "note", length = 500)
  private String note;

  protected LedgerEntryRecord() {}

  LedgerEntryRecord(DebtRecord debt, Posting posting, Entered entered) {
    this.id = UUID.randomUUID().toString();
    this.debt = debt;
    this.kind = posting.kind();
    this.component = posting.component();
    this.amount = posting.amount().amount();
    this.currency = posting.amount().currency().getCurrencyCode();
    this.bookedOn = posting.bookedOn();
    this.recordedAt = entered.at();
    this.recordedBy = entered.by();
    this.reference = entered.reference().orElse(null);
    this.note = entered.note().orElse(null);
  }

  Posting posting() {
    return new Posting(kind, component, Money.of(amount, Currency.getInstance(currency)), bookedOn);
  }

  Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /**
   * Who entered an entry, when, and what for.
   *
   * @param by the caller's subject, or {@code system}
   * @param at when
   * @param reference what it belongs to: a payment's reference, for idempotent retries
   * @param note why, in the words of whoever entered it
   */
  record Entered(String by, Instant at, Optional<String> reference, Optional<String> note) {
    static Entered by(String actor, Instant at) {
      return new Entered(actor, at, Optional.empty(), Optional.empty());
    }
  }
}
