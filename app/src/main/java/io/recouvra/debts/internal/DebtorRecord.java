package io.recouvra.debts.internal;

import io.recouvra.debts.DebtorType;
import io.recouvra.debts.DebtorView;
import io.recouvra.shared.id.CreditorId;
import io.recouvra.shared.id.DebtorId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A debtor record as stored: one person as known to one creditor. */
@Entity(name = "Debtor")
@Table(name = "debtor", schema = "debts")
class DebtorRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Column(name = "customer_ref", nullable = false, length = 64)
  private String customerReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "debtor_type", nullable = false, length = 20)
  private DebtorType type;

  @Column(name = "display_name", nullable = false, length = 200)
  private String name;

  @Embedded private AddressColumns address;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "phone", length = 16)
  private String phone;

  @Column(name = "language_tag", nullable = false, length = 8)
  private String language;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private int version;

  protected DebtorRecord() {}

  DebtorRecord(DebtorView debtor, Instant now) {
    this.id = debtor.id().toString();
    this.creditorId = debtor.creditor().toString();
    this.customerReference = debtor.customerReference();
    this.createdAt = now;
    describe(debtor, now);
  }

  /** Takes the details of {@code debtor} (all but ids and customer reference). */
  void describe(DebtorView debtor, Instant now) {
    this.type = debtor.type();
    this.name = debtor.name();
    this.address = debtor.postalAddress().map(AddressColumns::new).orElse(null);
    this.email = debtor.email().orElse(null);
    this.phone = debtor.phone().orElse(null);
    this.language = debtor.language().toLanguageTag();
    this.timeZone = debtor.timeZone().getId();
    this.updatedAt = now;
  }

  String customerReference() {
    return customerReference;
  }

  DebtorId id() {
    return new DebtorId(UUID.fromString(id));
  }

  DebtorView toView() {
    return new DebtorView(
        id(),
        new CreditorId(UUID.fromString(creditorId)),
        customerReference,
        type,
        name,
        Optional.ofNullable(address).filter(a -> !a.isEmpty()).map(AddressColumns::toAddress),
        Optional.ofNullable(email),
        Optional.ofNullable(phone),
        Locale.forLanguageTag(language),
        ZoneId.of(timeZone));
  }
}
