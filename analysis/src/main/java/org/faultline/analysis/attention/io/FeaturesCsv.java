package org.faultline.analysis.attention.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads FEATURES.csv: the header {@code node,<feature names…>}, then one row per node. */
final class FeaturesCsv {

  /** Name of the first column. */
  static final String NODE_COLUMN = "node";

  private static final String HEADER_HINT =
      "expected \"node\" followed by the feature names, such as \"node,peak_stress,failed\"";
  private static final String NUMBER_HINT =
      "expected a finite decimal number such as 0.25, -3 or 1e-3";
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  /**
   * The rows read, by node id in file order. A row whose values are invalid is still listed, so
   * that its node id counts as known when EDGES.csv is checked.
   */
  record Table(List<String> featureNames, Map<String, Row> rows) {}

  /** One node's row: the line it starts on and its feature values. */
  record Row(long line, double[] values) {}

  private FeaturesCsv() {}

  /**
   * Reads the features, adding a problem for every invalid header field, row and value.
   *
   * @return the rows with a non-empty, first-seen node id, or null if the file could not be read,
   *     is not CSV, has an invalid header or no rows
   */
  static Table read(Path file, Problems problems) {
    List<CsvRecord> records = CsvRecords.read(file, problems);
    if (records == null) {
      return null;
    }
    if (records.isEmpty()) {
      problems.add(file, 1, "missing header; " + HEADER_HINT);
      return null;
    }
    List<String> featureNames = readHeader(file, records.get(0), problems);
    if (featureNames == null) {
      return null;
    }
    if (records.size() == 1) {
      problems.add(file, "no node rows after the header; add one row per node");
      return null;
    }

    Table table = new Table(featureNames, new LinkedHashMap<>());
    for (CsvRecord record : records.subList(1, records.size())) {
      readRow(file, record, table, problems);
    }
    return table;
  }

  /** Returns the feature names, or null after adding problems if the header is invalid. */
  private static List<String> readHeader(Path file, CsvRecord header, Problems problems) {
    List<String> fields = header.getFields();
    long line = header.getStartingLineNumber();
    if (!fields.get(0).equals(NODE_COLUMN)) {
      problems.add(
          file, line, "header starts with " + Problems.quote(fields.get(0)) + "; " + HEADER_HINT);
      return null;
    }
    if (fields.size() < 2) {
      problems.add(file, line, "header has no feature columns; " + HEADER_HINT);
      return null;
    }

    int problemsBefore = problems.size();
    Map<String, Integer> columnByName = new HashMap<>();
    columnByName.put(NODE_COLUMN, 0);
    for (int column = 1; column < fields.size(); column++) {
      String name = fields.get(column);
      if (name.isEmpty()) {
        problems.add(
            file,
            line,
            "header column " + (column + 1) + " is empty; give every feature column a name");
        continue;
      }
      Integer first = columnByName.putIfAbsent(name, column);
      if (first != null) {
        problems.add(
            file,
            line,
            "header columns "
                + (first + 1)
                + " and "
                + (column + 1)
                + " are both named "
                + Problems.quote(name)
                + "; column names must be unique");
      }
    }
    if (problems.size() > problemsBefore) {
      return null;
    }
    return List.copyOf(fields.subList(1, fields.size()));
  }

  private static void readRow(Path file, CsvRecord record, Table table, Problems problems) {
    long line = record.getStartingLineNumber();
    List<String> fields = record.getFields();
    List<String> names = table.featureNames();
    String id = fields.get(0);

    boolean fieldCountValid = fields.size() == names.size() + 1;
    if (!fieldCountValid) {
      problems.add(
          file,
          line,
          CsvRecords.fieldCountMessage(
              fields.size(), names.size() + 1, NODE_COLUMN + "," + String.join(",", names)));
    }
    if (id.isEmpty()) {
      problems.add(file, line, NODE_COLUMN, "empty node id; every row needs a non-empty node id");
      return;
    }
    Row first = table.rows().get(id);
    if (first != null) {
      problems.add(
          file,
          line,
          NODE_COLUMN,
          "duplicate node "
              + Problems.quote(id)
              + ", first listed on line "
              + first.line()
              + "; list each node once");
      return;
    }

    Row row = new Row(line, new double[names.size()]);
    table.rows().put(id, row);
    if (fieldCountValid) {
      for (int feature = 0; feature < names.size(); feature++) {
        row.values()[feature] =
            parseValue(file, line, names.get(feature), fields.get(feature + 1), problems);
      }
    }
  }

  /** Returns the parsed value, or 0 after adding a problem. */
  private static double parseValue(
      Path file, long line, String column, String text, Problems problems) {
    if (text.isEmpty()) {
      problems.add(file, line, column, "missing value; " + NUMBER_HINT);
      return 0.0;
    }
    if (NON_FINITE.matcher(text).matches()) {
      problems.add(
          file, line, column, Problems.quote(text) + " is not a finite number; " + NUMBER_HINT);
      return 0.0;
    }
    if (!DECIMAL.matcher(text).matches()) {
      problems.add(file, line, column, Problems.quote(text) + " is not a number; " + NUMBER_HINT);
      return 0.0;
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      problems.add(
          file,
          line,
          column,
          Problems.quote(text) + " is too large for a double; expected a magnitude below 1.7e308");
      return 0.0;
    }
    return value;
  }
}
