package io.recouvra.debts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Rate rows for the tests of the law tables, never stored. */
final class LawRowsForTests {
  static final Instant ADDED = Instant.parse("2026-12-04T09:00:00Z");

  private LawRowsForTests() {}

  /** An ECB rate row of the given days; {@code to} null for no end. */
  static LawRateRecord ecb(String from, String to, String percent) {
    return rate("ECB_MAIN_REFINANCING", from, to, percent);
  }

  static LawRateRecord rate(String kind, String from, String to, String percent) {
    LawRowFacts facts =
        new LawRowFacts(
            kind,
            new LawDays(LocalDate.parse(from), Optional.ofNullable(to).map(LocalDate::parse)),
            "test reference",
            true,
            "");
    return new LawRateRecord(facts, new BigDecimal(percent), "admin-1", ADDED);
  }
}
