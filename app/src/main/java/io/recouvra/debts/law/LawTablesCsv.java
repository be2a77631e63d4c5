package io.recouvra.debts.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the seed law data shipped under {@code debts/law/} on the class path: rates from {@code
 * legal-interest-rates.csv}, {@code ecb-rates.csv} and {@code public-sector-rates.csv}; factors,
 * amounts and delays from {@code legal-terms.csv}; periods from {@code limitation-periods.csv}.
 *
 * <p>Columns are named by the header: {@code kind, valid_from, valid_to, rate | value,
 * legal_reference, verified, note}, plus {@code regime, length} (an ISO-8601 period such as {@code
 * P5Y}) for periods. Dates are ISO-8601; an empty {@code valid_to} means still in force. {@code
 * verified} is {@code true} or {@code false}. A malformed line is refused with its line number.
 */
public final class LawTablesCsv {

  /** Folder of the seed files on the class path. */
  public static final String FOLDER = "/debts/law/";

  /** The files holding rates, in the order they are read. */
  public static final List<String> RATE_FILES =
      List.of("legal-interest-rates.csv", "ecb-rates.csv", "public-sector-rates.csv");

  /** The file holding factors, amounts and delays. */
  public static final String TERM_FILE = "legal-terms.csv";

  /** The file holding limitation periods. */
  public static final String PERIOD_FILE = "limitation-periods.csv";

  private LawTablesCsv() {}

  /** The seed data shipped with the application. */
  public static LawTables seed() {
    List<DatedRate> rates = new ArrayList<>();
    RATE_FILES.forEach(file -> rates.addAll(fromClassPath(file, LawTablesCsv::rates)));
    return new LawTables(
        new RateTable(rates),
        new TermTable(fromClassPath(TERM_FILE, LawTablesCsv::terms)),
        new LimitationPeriodTable(fromClassPath(PERIOD_FILE, LawTablesCsv::periods)));
  }

  /** The rate rows of one file. */
  public static List<DatedRate> rates(Reader source) {
    return parse(source, LawTablesCsv::rate);
  }

  /** The term rows of one file. */
  public static List<DatedTerm> terms(Reader source) {
    return parse(source, LawTablesCsv::term);
  }

  /** The period rows of one file. */
  public static List<LimitationPeriod> periods(Reader source) {
    return parse(source, LawTablesCsv::period);
  }

  private static <T> List<T> fromClassPath(String file, Function<Reader, List<T>> parser) {
    InputStream stream = LawTablesCsv.class.getResourceAsStream(FOLDER + file);
    if (stream == null) {
      throw new IllegalStateException("law data " + FOLDER + file + " is not on the class path");
    }
    try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
      return parser.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> List<T> parse(Reader source, Function<Map<String, String>, T> rowReader) {
    List<T> rows = new ArrayList<>();
    for (Map<String, String> row : CsvRows.read(source)) {
      try {
        rows.add(rowReader.apply(row));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + row.get("#line") + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  private static DatedRate rate(Map<String, String> row) {
    return new DatedRate(
        RateKind.valueOf(column(row, "kind")),
        LocalDate.parse(column(row, "valid_from")),
        validTo(row),
        new BigDecimal(column(row, "rate")),
        column(row, "legal_reference"),
        verified(row),
        row.getOrDefault("note", ""));
  }

  private static DatedTerm term(Map<String, String> row) {
    return new DatedTerm(
        TermKind.valueOf(column(row, "kind")),
        LocalDate.parse(column(row, "valid_from")),
        validTo(row),
        new BigDecimal(column(row, "value")),
        column(row, "legal_reference"),
        verified(row),
        row.getOrDefault("note", ""));
  }

  private static LimitationPeriod period(Map<String, String> row) {
    return new LimitationPeriod(
        PeriodKind.valueOf(column(row, "kind")),
        LimitationRegime.valueOf(column(row, "regime")),
        Period.parse(column(row, "length")),
        LocalDate.parse(column(row, "valid_from")),
        validTo(row),
        column(row, "legal_reference"),
        verified(row),
        row.getOrDefault("note", ""));
  }

  private static LocalDate validTo(Map<String, String> row) {
    String text = row.getOrDefault("valid_to", "");
    return text.isEmpty() ? LocalDate.MAX : LocalDate.parse(text);
  }

  private static boolean verified(Map<String, String> row) {
    String text = column(row, "verified");
    if (!text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("verified is true or false, not " + text);
    }
    return Boolean.parseBoolean(text);
  }

  private static String column(Map<String, String> row, String name) {
    String value = row.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("column " + name + " is missing or empty");
    }
    return value;
  }
}
