package io.recouvra.debts.internal;

import io.recouvra.debts.CreditorView;
import io.recouvra.debts.PostalAddress;
import io.recouvra.shared.id.CreditorId;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** A creditor (a tenant of the platform) as stored. */
@Entity(name = "Creditor")
@Table(name = "creditor", schema = "debts")
class CreditorRecord {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "legal_name", nullable = false, length = 200)
  private String legalName;

  @Column(name = "siren", length = 9)
  private String siren;

  @Column(name = "natural_person", nullable = false)
  private boolean naturalPersonOutsideTrade;

  @Embedded private AddressColumns address;

  @Column(name = "iban", nullable = false, length = 34)
  private String iban;

  @Column(name = "bic", length = 11)
  private String bic;

  @Column(name = "sepa_creditor_id", length = 35)
  private String sepaCreditorIdentifier;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Column(name = "limitation_alert_days", nullable = false)
  private int limitationAlertDays;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version")
  private int version;

  protected CreditorRecord() {}

  CreditorRecord(CreditorView creditor, Instant createdAt) {
    this.id = creditor.id().toString();
    this.legalName = creditor.legalName();
    this.siren = creditor.siren().orElse(null);
    this.naturalPersonOutsideTrade = creditor.naturalPersonOutsideTrade();
    this.address = new AddressColumns(creditor.address());
    this.iban = creditor.iban();
    this.bic = creditor.bic().orElse(null);
    this.sepaCreditorIdentifier = creditor.sepaCreditorIdentifier().orElse(null);
    this.timeZone = creditor.timeZone().getId();
    this.limitationAlertDays = creditor.limitationAlertDays();
    this.createdAt = createdAt;
  }

  /** Takes the master data of {@code corrected}, the same creditor (its id and SIREN kept). */
  void correct(CreditorView corrected) {
    this.legalName = corrected.legalName();
    this.address = new AddressColumns(corrected.address());
    this.iban = corrected.iban();
    this.bic = corrected.bic().orElse(null);
    this.sepaCreditorIdentifier = corrected.sepaCreditorIdentifier().orElse(null);
    this.timeZone = corrected.timeZone().getId();
    this.limitationAlertDays = corrected.limitationAlertDays();
  }

  ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  CreditorView toView() {
    PostalAddress postal = address.toAddress();
    return new CreditorView(
        new CreditorId(UUID.fromString(id)),
        legalName,
        Optional.ofNullable(siren),
        naturalPersonOutsideTrade,
        postal,
        iban,
        Optional.ofNullable(bic),
        Optional.ofNullable(sepaCreditorIdentifier),
        ZoneId.of(timeZone),
        limitationAlertDays);
  }
}
