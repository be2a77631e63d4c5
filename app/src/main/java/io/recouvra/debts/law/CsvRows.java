package io.recouvra.debts.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small comma-separated file whose first line names the columns: fields may be quoted with
 * double quotes (a doubled quote inside stands for one), blank lines are skipped. Quoted fields may
 * not span lines.
 */
final class CsvRows {

  private CsvRows() {}

  /** Each line after the header, as column name to text. */
  static List<Map<String, String>> read(Reader source) {
    try (BufferedReader reader = new BufferedReader(source)) {
      List<String> header = fields(reader.readLine(), 1);
      List<Map<String, String>> rows = new ArrayList<>();
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          rows.add(row(header, fields(line, lineNumber), lineNumber));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> row(List<String> header, List<String> values, int line) {
    if (values.size() != header.size()) {
      throw new IllegalArgumentException(
          "line " + line + " has " + values.size() + " fields, the header " + header.size());
    }
    Map<String, String> row = new HashMap<>();
    for (int index = 0; index < header.size(); index++) {
      row.put(header.get(index), values.get(index));
    }
    row.put("#line", String.valueOf(line));
    return row;
  }

  static List<String> fields(String line, int lineNumber) {
    if (line == null) {
      throw new IllegalArgumentException("the file is empty: a header line is expected");
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int index = 0; index < line.length(); index++) {
      char c = line.charAt(index);
      if (quoted && c == '"' && index + 1 < line.length() && line.charAt(index + 1) == '"') {
        field.append('"');
        index++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + lineNumber + " has an unclosed quote");
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
