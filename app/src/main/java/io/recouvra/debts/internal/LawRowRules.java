package io.recouvra.debts.internal;

import io.recouvra.debts.NewLawRate;
import io.recouvra.debts.NewLawRow;
import io.recouvra.debts.NewLawTerm;
import io.recouvra.debts.NewLimitationPeriod;
import io.recouvra.debts.law.TermKind;
import io.recouvra.shared.error.ErrorCode;
import io.recouvra.shared.error.Outcome;
import io.recouvra.shared.error.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a new row of a law table as an administrator gave it, every problem at once and each on
 * its field, and builds the row to store. Whether it overlaps a stored row is decided under the
 * tables' lock ({@link LawRowPlacement}).
 */
final class LawRowRules {
  static final int REFERENCE_LENGTH = 500;
  static final int NOTE_LENGTH = 1000;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2999;

  /** The highest percentage accepted: above it, a slip such as 215 for 2.15 is likelier. */
  static final BigDecimal MAX_PERCENT = new BigDecimal("50");

  static final int PERCENT_DECIMALS = 4;
  static final int TERM_DECIMALS = 2;

  /** The longest limitation period accepted, in months: beyond the 20-year long stop. */
  static final int MAX_PERIOD_MONTHS = 30 * 12;

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,9})?");
  private static final Pattern YEARS_AND_MONTHS =
      Pattern.compile("P(?=[0-9])([0-9]{1,3}Y)?([0-9]{1,4}M)?");

  private LawRowRules() {}

  /** The rate row to store, or why it is refused. */
  static Outcome<LawRateRecord> rate(NewLawRate command, String actor, Instant now) {
    Problems problems = new Problems();
    problems.requirePresent("kind", command.kind());
    Optional<BigDecimal> percent = decimal(problems, "percent", command.percent());
    percent.ifPresent(p -> checkPercent(problems, p));
    Optional<LawRowFacts> facts = facts(problems, command.kind(), command.row());
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    return Outcome.done(new LawRateRecord(facts.orElseThrow(), percent.orElseThrow(), actor, now));
  }

  /** The term row to store, or why it is refused. */
  static Outcome<LawTermRecord> term(NewLawTerm command, String actor, Instant now) {
    Problems problems = new Problems();
    problems.requirePresent("kind", command.kind());
    Optional<BigDecimal> value = decimal(problems, "value", command.value());
    if (command.kind() != null) {
      value.ifPresent(v -> checkTerm(problems, command.kind(), v));
    }
    Optional<LawRowFacts> facts = facts(problems, command.kind(), command.row());
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    return Outcome.done(new LawTermRecord(facts.orElseThrow(), value.orElseThrow(), actor, now));
  }

  /** The limitation period row to store, or why it is refused. */
  static Outcome<LimitationPeriodRecord> period(
      NewLimitationPeriod command, String actor, Instant now) {
    Problems problems = new Problems();
    problems.requirePresent("kind", command.kind());
    problems.requirePresent("regime", command.regime());
    Optional<Period> length = length(problems, command.length());
    Optional<LawRowFacts> facts = facts(problems, command.kind(), command.row());
    if (problems.any()) {
      return Outcome.refused(problems.list());
    }
    return Outcome.done(
        new LimitationPeriodRecord(
            facts.orElseThrow(), command.regime(), length.orElseThrow(), actor, now));
  }

  /** The days and sources of the row, when they are valid; their problems otherwise. */
  private static Optional<LawRowFacts> facts(Problems problems, Enum<?> kind, NewLawRow row) {
    int before = problems.list().size();
    problems.requirePresent("validFrom", row.validFrom());
    problems.requirePresent("verified", row.verified());
    Optional.ofNullable(row.validFrom()).ifPresent(day -> checkYear(problems, "validFrom", day));
    row.validTo().ifPresent(day -> checkYear(problems, "validTo", day));
    row.validTo()
        .filter(last -> row.validFrom() != null && last.isBefore(row.validFrom()))
        .ifPresent(
            last ->
                problems.add(
                    "validTo", ErrorCode.DATE_ORDER, "validTo must not be before validFrom"));
    problems.requireText("legalReference", row.legalReference(), REFERENCE_LENGTH);
    problems.limitLength("note", row.note().orElse(""), NOTE_LENGTH);
    if (kind == null || problems.list().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new LawRowFacts(
            kind.name(),
            new LawDays(row.validFrom(), row.validTo()),
            row.legalReference().strip(),
            row.verified(),
            row.note().map(String::strip).orElse("")));
  }

  private static void checkYear(Problems problems, String field, LocalDate day) {
    if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
      problems.add(
          field,
          ErrorCode.OUT_OF_RANGE,
          field + " must be a day of the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
  }

  private static Optional<BigDecimal> decimal(Problems problems, String field, String text) {
    if (text == null || text.isBlank()) {
      problems.add(field, ErrorCode.REQUIRED, field + " is required");
      return Optional.empty();
    }
    if (!DECIMAL.matcher(text.strip()).matches()) {
      problems.add(
          field,
          ErrorCode.INVALID_FORMAT,
          field + " must be a decimal number written with a dot, such as 2.15");
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text.strip()));
  }

  private static void checkPercent(Problems problems, BigDecimal percent) {
    if (percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
      problems.add(
          "percent", ErrorCode.OUT_OF_RANGE, "percent must be between 0 and " + MAX_PERCENT);
    } else if (percent.stripTrailingZeros().scale() > PERCENT_DECIMALS) {
      problems.add(
          "percent",
          ErrorCode.TOO_MANY_DECIMALS,
          "percent has at most " + PERCENT_DECIMALS + " decimals");
    }
  }

  private static void checkTerm(Problems problems, TermKind kind, BigDecimal value) {
    int decimals = kind == TermKind.JUDGMENT_SURCHARGE_DELAY_MONTHS ? 0 : TERM_DECIMALS;
    BigDecimal highest = highestTerm(kind);
    if (value.signum() <= 0) {
      problems.add("value", ErrorCode.NOT_POSITIVE, "value must be above zero");
    } else if (value.compareTo(highest) > 0) {
      problems.add(
          "value",
          ErrorCode.OUT_OF_RANGE,
          "value of " + kind + " must be at most " + highest.toPlainString());
    } else if (value.stripTrailingZeros().scale() > decimals) {
      problems.add(
          "value",
          ErrorCode.TOO_MANY_DECIMALS,
          decimals == 0
              ? "value is a whole number of months"
              : "value has at most " + decimals + " decimals");
    }
  }

  /** The largest sane figure of each kind, far above any the law has set. */
  private static BigDecimal highestTerm(TermKind kind) {
    return switch (kind) {
      case CONTRACT_RATE_FLOOR_FACTOR -> BigDecimal.TEN;
      case RECOVERY_INDEMNITY_EUR, PUBLIC_SECTOR_RECOVERY_INDEMNITY_EUR -> new BigDecimal("1000");
      case JUDGMENT_SURCHARGE_DELAY_MONTHS -> new BigDecimal("24");
    };
  }

  private static Optional<Period> length(Problems problems, String text) {
    if (text == null || text.isBlank()) {
      problems.add("length", ErrorCode.REQUIRED, "length is required");
      return Optional.empty();
    }
    if (!YEARS_AND_MONTHS.matcher(text.strip()).matches()) {
      problems.add(
          "length",
          ErrorCode.INVALID_FORMAT,
          "length must be an ISO-8601 period of years and months, such as P5Y, P6M or P1Y6M");
      return Optional.empty();
    }
    Period length = Period.parse(text.strip()).normalized();
    if (length.isZero()) {
      problems.add("length", ErrorCode.NOT_POSITIVE, "length must be longer than zero");
      return Optional.empty();
    }
    if (length.toTotalMonths() > MAX_PERIOD_MONTHS) {
      problems.add(
          "length",
          ErrorCode.OUT_OF_RANGE,
          "length must be at most " + MAX_PERIOD_MONTHS / 12 + " years");
      return Optional.empty();
    }
    return Optional.of(length);
  }
}
