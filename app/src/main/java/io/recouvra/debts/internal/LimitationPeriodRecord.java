package io.recouvra.debts.internal;

import io.recouvra.debts.law.LimitationPeriod;
import io.recouvra.debts.law.LimitationRegime;
import io.recouvra.debts.law.PeriodKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.Period;

/** A dated length of time of the law, for limitation periods starting on the row's days. */
@Entity(name = "LawLimitationPeriod")
@Table(name = "law_limitation_period", schema = "debts")
class LimitationPeriodRecord extends LawRowRecord {
  @Column(name = "regime", nullable = false, length = 20)
  private String regime;

  @Column(name = "period_length", nullable = false, length = 20)
  private String length;

  protected LimitationPeriodRecord() {}

  LimitationPeriodRecord(
      LawRowFacts facts, LimitationRegime regime, Period length, String addedBy, Instant at) {
    super(facts, addedBy, at);
    this.regime = regime.name();
    this.length = length.toString();
  }

  /** A shipped row, as it will be stored. */
  static LimitationPeriodRecord shipped(LimitationPeriod row, String addedBy, Instant addedAt) {
    LawRowFacts facts =
        LawRowFacts.ofRule(
            row.kind(),
            row.validFrom(),
            row.validTo(),
            row.legalReference(),
            row.verified(),
            row.note());
    return new LimitationPeriodRecord(facts, row.regime(), row.length(), addedBy, addedAt);
  }

  /** The row as the rules read it. */
  LimitationPeriod toRow() {
    LawRowFacts facts = facts();
    return new LimitationPeriod(
        PeriodKind.valueOf(facts.kind()),
        LimitationRegime.valueOf(regime),
        Period.parse(length),
        facts.days().from(),
        facts.days().last(),
        facts.legalReference(),
        facts.verified(),
        facts.note());
  }

  @Override
  String figure() {
    return regime + " " + length;
  }
}
