package io.recouvra.debts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stored summary of one debt's limitation: its state, last day to act and alert day, kept equal
 * to what the rules compute from the debt and its events (ADR 0014).
 */
@Entity(name = "DebtLimitation")
@Table(name = "debt_limitation", schema = "debts")
class DebtLimitationRecord {
  /** The state stored when the law tables have no period for the debt's start. */
  static final String PERIOD_UNKNOWN = "PERIOD_UNKNOWN";

  @Id
  @Column(name = "debt_id", length = 36)
  private String debtId;

  @Column(name = "creditor_id", nullable = false, length = 36)
  private String creditorId;

  @Column(name = "state", nullable = false, length = 30)
  private String state;

  @Column(name = "last_day_to_act")
  private LocalDate lastDayToAct;

  @Column(name = "alert_on")
  private LocalDate alertOn;

  @Column(name = "alerted_for")
  private LocalDate alertedFor;

  @Column(name = "computed_at", nullable = false)
  private Instant computedAt;

  @Version
  @Column(name = "version")
  private int version;

  protected DebtLimitationRecord() {}

  DebtLimitationRecord(String debtId, String creditorId) {
    this.debtId = debtId;
    this.creditorId = creditorId;
  }

  /** Takes a new computation; an alert already sent for the same last day stays sent. */
  void update(
      String newState, Optional<LocalDate> lastDay, Optional<LocalDate> alert, Instant now) {
    this.state = newState;
    this.lastDayToAct = lastDay.orElse(null);
    this.alertOn = alert.orElse(null);
    this.computedAt = now;
  }

  /** Records that the alert for the current last day was published. */
  void alerted() {
    this.alertedFor = lastDayToAct;
  }

  String debtIdText() {
    return debtId;
  }

  String creditorIdText() {
    return creditorId;
  }

  String state() {
    return state;
  }

  Optional<LocalDate> lastDayToAct() {
    return Optional.ofNullable(lastDayToAct);
  }

  Optional<LocalDate> alertOn() {
    return Optional.ofNullable(alertOn);
  }
}
