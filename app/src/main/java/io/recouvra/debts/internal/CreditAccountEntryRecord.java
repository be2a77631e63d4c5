package io.recouvra.debts.internal;

import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * One movement of a debtor's credit account: money paid beyond what the debtor owed, which belongs
 * to the debtor (refunded on request, set against another debt only with the debtor's agreement,
 * Code civil 1347), never a negative balance on a debt. Never changed.
 */
@Entity(name = "CreditAccountEntry")
@Table(name = "credit_account_entry", schema = "debts")
class CreditAccountEntryRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "debtor_id", nullable = false, length = 36)
  private String debtorId;

  @Column(name = "amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "booked_on", nullable = false)
  private LocalDate bookedOn;

  @Column(name = "reference", nullable = false, length = 64)
  private String reference;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CreditAccountEntryRecord() {}

  /** {@code amount} paid beyond what was owed, by the payment {@code reference}. */
  CreditAccountEntryRecord(
      DebtorId debtor, Money amount, LocalDate bookedOn, String reference, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.debtorId = debtor.toString();
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.bookedOn = bookedOn;
    this.reference = reference;
    this.recordedAt = now;
  }

  String debtorIdText() {
    return debtorId;
  }

  Money amount() {
    return Money.of(amount, Currency.getInstance(currency));
  }
}
