package io.recouvra.debts.internal;

import io.recouvra.debts.ClosureReason;
import io.recouvra.debts.DebtStatus;
import io.recouvra.debts.DebtView;
import io.recouvra.debts.internal.LedgerEntryRecord.Entered;
import io.recouvra.debts.law.DebtComponent;
import io.recouvra.debts.law.DebtNature;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtId;
import io.recouvra.shared.id.DebtorId;
import io.recouvra.shared.money.Money;
import io.recouvra.shared.reference.AccessCode;
import io.recouvra.shared.reference.CreditorReference;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A debt as stored. Its balance is kept equal to the sum of its ledger entries, in the same
 * transaction as each entry.
 */
@Entity(name = "Debt")
@Table(name = "debt", schema = "debts")
class DebtRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Column(name = "debtor_id", nullable = false, length = 36)
  private String debtorId;

  @Column(name = "external_ref", nullable = false, length = 64)
  private String externalReference;

  @Column(name = "registration_fingerprint", nullable = false, length = 64)
  private String registrationFingerprint;

  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "principal_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal principal;

  @Column(name = "balance_amount", nullable = false, precision = 19, scale = 4)
  private BigDecimal balance;

  @Column(name = "issued_on", nullable = false)
  private LocalDate issuedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "exigible_on", nullable = false)
  private LocalDate exigibleOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "nature", nullable = false, length = 30)
  private DebtNature nature;

  @Column(name = "contract_penalty_percent", precision = 7, scale = 4)
  private BigDecimal contractPenaltyPercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private DebtStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 20)
  private ClosureReason closureReason;

  @Column(name = "creditor_reference", nullable = false, length = 25)
  private String creditorReference;

  @Column(name = "access_code", nullable = false, length = 12)
  private String accessCode;

  @Column(name = "access_code_used_at")
  private Instant accessCodeUsedAt;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Version
  @Column(name = "version")
  private int version;

  @OneToMany(mappedBy = "debt", cascade = CascadeType.PERSIST)
  @OrderBy("at ASC, id ASC")
  private List<StatusChangeRecord> history = new ArrayList<>();

  @OneToMany(mappedBy = "debt", cascade = CascadeType.PERSIST)
  @OrderBy("recordedAt ASC, id ASC")
  private List<LedgerEntryRecord> ledger = new ArrayList<>();

  protected DebtRecord() {}

  DebtRecord(NewDebt debt, String actor, Instant now) {
    this.id = debt.id().toString();
    this.creditorId = debt.creditor().toString();
    this.debtorId = debt.debtor().toString();
    this.externalReference = debt.externalReference();
    this.registrationFingerprint = debt.fingerprint();
    this.description = debt.description().orElse(null);
    this.currency = debt.principal().currency().getCurrencyCode();
    this.principal = debt.principal().amount();
    this.balance = BigDecimal.ZERO;
    this.issuedOn = debt.issuedOn();
    this.dueOn = debt.dueOn();
    this.exigibleOn = debt.exigibleOn();
    this.nature = debt.nature();
    this.contractPenaltyPercent = debt.contractPenaltyPercent().orElse(null);
    this.status = DebtStatus.OPEN;
    this.creditorReference = debt.creditorReference().electronic();
    this.accessCode = debt.accessCode().value();
    this.registeredAt = now;
    post(
        new Posting(
            LedgerEntryKind.PRINCIPAL, DebtComponent.PRINCIPAL, debt.principal(), debt.issuedOn()),
        Entered.by(actor, now));
    history.add(new StatusChangeRecord(this, DebtStatus.OPEN, null, now, actor, null));
  }

  String idText() {
    return id;
  }

  String debtorIdText() {
    return debtorId;
  }

  /** Whether {@code candidate} is this debt's access code, compared in constant time. */
  boolean accessCodeMatches(String candidate) {
    return AccessCode.parse(accessCode).matches(candidate);
  }

  boolean accessCodeUsed() {
    return accessCodeUsedAt != null;
  }

  /** Spends the access code: it claims its debtor record once. */
  void useAccessCode(Instant at) {
    this.accessCodeUsedAt = at;
  }

  boolean isOpen() {
    return status == DebtStatus.OPEN;
  }

  String fingerprint() {
    return registrationFingerprint;
  }

  LocalDate issuedOn() {
    return issuedOn;
  }

  LocalDate dueOn() {
    return dueOn;
  }

  LocalDate exigibleOn() {
    return exigibleOn;
  }

  /** Corrects the description and dates; the caller has checked them. */
  void correct(
      Optional<String> newDescription, LocalDate issued, LocalDate due, LocalDate exigible) {
    newDescription.ifPresent(text -> this.description = text.isBlank() ? null : text);
    this.issuedOn = issued;
    this.dueOn = due;
    this.exigibleOn = exigible;
  }

  /** The ledger's entries, in the order they were entered. */
  List<Posting> postings() {
    return ledger.stream().map(LedgerEntryRecord::posting).toList();
  }

  /** Whether an entry of this ledger already carries {@code reference}. */
  boolean hasEntryReferenced(String reference) {
    return ledger.stream().anyMatch(e -> e.reference().filter(reference::equals).isPresent());
  }

  /** Writes {@code entries}; the balance stays the sum of the ledger's entries. */
  void post(List<Posting> entries, Entered entered) {
    entries.forEach(entry -> post(entry, entered));
  }

  private void post(Posting posting, Entered entered) {
    ledger.add(new LedgerEntryRecord(this, posting, entered));
    balance = balance().plus(posting.amount()).amount();
  }

  /**
   * Whether the ledger's entries sum to zero: once it was brought up to a day and its reductions
   * written, nothing is due (ADR 0015).
   */
  boolean owesNothing() {
    return balance().isZero();
  }

  /** Closes the debt for {@code reason}, in the words of {@code note} when there are some. */
  void close(ClosureReason reason, String actor, String note, Instant now) {
    status = DebtStatus.CLOSED;
    closureReason = reason;
    history.add(new StatusChangeRecord(this, DebtStatus.CLOSED, reason, now, actor, note));
  }

  CreditorId creditor() {
    return new CreditorId(UUID.fromString(creditorId));
  }

  DebtId id() {
    return new DebtId(UUID.fromString(id));
  }

  Optional<BigDecimal> contractPenaltyPercent() {
    return Optional.ofNullable(contractPenaltyPercent);
  }

  DebtNature nature() {
    return nature;
  }

  private Money balance() {
    return Money.of(balance, Currency.getInstance(currency));
  }

  DebtView toView() {
    Currency money = Currency.getInstance(currency);
    return new DebtView(
        new DebtId(UUID.fromString(id)),
        new CreditorId(UUID.fromString(creditorId)),
        new DebtorId(UUID.fromString(debtorId)),
        externalReference,
        Optional.ofNullable(description),
        Money.of(principal, money),
        Money.of(balance, money),
        issuedOn,
        dueOn,
        exigibleOn,
        nature,
        Optional.ofNullable(contractPenaltyPercent),
        status,
        Optional.ofNullable(closureReason),
        history.stream().map(StatusChangeRecord::toView).toList(),
        CreditorReference.parse(creditorReference),
        AccessCode.parse(accessCode),
        registeredAt);
  }
}
