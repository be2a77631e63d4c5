package io.recouvra.debts.internal;

import io.recouvra.debts.law.DatedTerm;
import io.recouvra.debts.law.TermKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A dated figure of the law that is not a percentage: a factor, an amount, a delay. */
@Entity(name = "LawTerm")
@Table(name = "law_term", schema = "debts")
class LawTermRecord extends LawRowRecord {
  @Column(name = "term_value", nullable = false, precision = 12, scale = 4)
  private BigDecimal value;

  protected LawTermRecord() {}

  LawTermRecord(LawRowFacts facts, BigDecimal value, String addedBy, Instant addedAt) {
    super(facts, addedBy, addedAt);
    this.value = value;
  }

  /** A shipped row, as it will be stored. */
  static LawTermRecord shipped(DatedTerm row, String addedBy, Instant addedAt) {
    LawRowFacts facts =
        LawRowFacts.ofRule(
            row.kind(),
            row.validFrom(),
            row.validTo(),
            row.legalReference(),
            row.verified(),
            row.note());
    return new LawTermRecord(facts, row.value(), addedBy, addedAt);
  }

  /** The row as the rules read it. */
  DatedTerm toRow() {
    LawRowFacts facts = facts();
    return new DatedTerm(
        TermKind.valueOf(facts.kind()),
        facts.days().from(),
        facts.days().last(),
        LawFigures.plain(value),
        facts.legalReference(),
        facts.verified(),
        facts.note());
  }

  @Override
  String figure() {
    return LawFigures.plain(value).toPlainString();
  }
}
