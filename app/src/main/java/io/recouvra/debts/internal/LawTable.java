package io.recouvra.debts.internal;

/**
 * One of the three stored law tables, by what differs between them: the entity, the name of its
 * rows in audit targets and the audited command that adds them.
 *
 * @param <R> the row's entity type
 * @param type the entity class
 * @param entity its JPQL entity name
 * @param target the type of its rows in audit targets, as {@code Type:uuid}
 * @param action the audited command adding a row
 */
record LawTable<R extends LawRowRecord>(
    Class<R> type, String entity, String target, String action) {

  static final LawTable<LawRateRecord> RATES =
      new LawTable<>(LawRateRecord.class, "LawRate", "LawRate", "debts.addLawRate");

  static final LawTable<LawTermRecord> TERMS =
      new LawTable<>(LawTermRecord.class, "LawTerm", "LawTerm", "debts.addLawTerm");

  static final LawTable<LimitationPeriodRecord> PERIODS =
      new LawTable<>(
          LimitationPeriodRecord.class,
          "LawLimitationPeriod",
          "LimitationPeriod",
          "debts.addLimitationPeriod");

  /** The audit target naming {@code row}. */
  String targetOf(LawRowRecord row) {
    return target + ":" + row.id();
  }
}
