package io.recouvra.debts.law;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Dated rows indexed by kind and first day, refusing rows that overlap or end before they start,
 * and refusing to answer for a day no row covers.
 *
 * @param <K> the kind of figure
 * @param <R> the row type
 */
final class DatedRows<K, R extends Dated<K>> {

  private final Map<K, NavigableMap<LocalDate, R>> byKind = new HashMap<>();
  private final BiFunction<K, LocalDate, RuntimeException> missing;
  private final List<R> rows;

  DatedRows(Collection<R> rows, BiFunction<K, LocalDate, RuntimeException> missing) {
    this.missing = Objects.requireNonNull(missing, "missing");
    this.rows = List.copyOf(rows);
    this.rows.forEach(this::add);
  }

  private void add(R row) {
    if (row.validTo().isBefore(row.validFrom())) {
      throw new IllegalArgumentException("row ends before it starts: " + row);
    }
    NavigableMap<LocalDate, R> rowsOfKind =
        byKind.computeIfAbsent(row.kind(), k -> new TreeMap<>());
    Entry<LocalDate, R> before = rowsOfKind.floorEntry(row.validTo());
    if (before != null && !before.getValue().validTo().isBefore(row.validFrom())) {
      throw new IllegalArgumentException("rows overlap: " + before.getValue() + " and " + row);
    }
    Entry<LocalDate, R> after = rowsOfKind.ceilingEntry(row.validFrom());
    if (after != null && !after.getKey().isAfter(row.validTo())) {
      throw new IllegalArgumentException("rows overlap: " + row + " and " + after.getValue());
    }
    rowsOfKind.put(row.validFrom(), row);
  }

  /** The row of {@code kind} covering {@code day}, or the exception built by {@code missing}. */
  R on(K kind, LocalDate day) {
    NavigableMap<LocalDate, R> rowsOfKind = byKind.getOrDefault(kind, new TreeMap<>());
    Entry<LocalDate, R> candidate = rowsOfKind.floorEntry(day);
    if (candidate == null || candidate.getValue().validTo().isBefore(day)) {
      throw missing.apply(kind, day);
    }
    return candidate.getValue();
  }

  /** Every row, in the order given. */
  List<R> rows() {
    return rows;
  }
}
