package io.recouvra.debts.internal;

import io.recouvra.debts.law.DatedRate;
import io.recouvra.debts.law.RateKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A dated percentage of the law: legal interest, the ECB rate, a margin. */
@Entity(name = "LawRate")
@Table(name = "law_rate", schema = "debts")
class LawRateRecord extends LawRowRecord {
  @Column(name = "rate_percent", nullable = false, precision = 9, scale = 4)
  private BigDecimal percent;

  protected LawRateRecord() {}

  LawRateRecord(LawRowFacts facts, BigDecimal percent, String addedBy, Instant addedAt) {
    super(facts, addedBy, addedAt);
    this.percent = percent;
  }

  /** A shipped row, as it will be stored. */
  static LawRateRecord shipped(DatedRate row, String addedBy, Instant addedAt) {
    LawRowFacts facts =
        LawRowFacts.ofRule(
            row.kind(),
            row.validFrom(),
            row.validTo(),
            row.legalReference(),
            row.verified(),
            row.note());
    return new LawRateRecord(facts, row.percent(), addedBy, addedAt);
  }

  /** The row as the rules read it. */
  DatedRate toRow() {
    LawRowFacts facts = facts();
    return new DatedRate(
        RateKind.valueOf(facts.kind()),
        facts.days().from(),
        facts.days().last(),
        LawFigures.percent(percent),
        facts.legalReference(),
        facts.verified(),
        facts.note());
  }

  @Override
  String figure() {
    return LawFigures.percent(percent).toPlainString();
  }
}
