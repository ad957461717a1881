package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Raw node features: named columns and one row of values per service, before standardization.
 *
 * <p>{@link LoggedFeatures#of} builds the table of the features the post-mortem derives from the
 * logs; any other table with at least one feature and finite values works too.
 *
 * @param names feature names in column order, distinct and non-empty, at least one
 * @param rows one row per service, each with one finite value per name
 */
public record FeatureTable(List<String> names, List<Row> rows) {

  /**
   * One service's raw feature values.
   *
   * @param service service id
   * @param values one finite value per feature name, in column order
   */
  public record Row(String service, List<Double> values) {

    /** Copies the values and rejects nulls. */
    public Row {
      Objects.requireNonNull(service, "service");
      values = List.copyOf(values);
    }
  }

  /** Copies both lists and checks names, row widths and values. */
  public FeatureTable {
    names = List.copyOf(names);
    rows = List.copyOf(rows);
    List<String> problems = new ArrayList<>();
    if (names.isEmpty()) {
      problems.add("no feature names; the network needs at least one feature");
    }
    for (int column = 0; column < names.size(); column++) {
      String name = names.get(column);
      if (name.isEmpty()) {
        problems.add("feature name " + column + " is empty");
      } else if (names.indexOf(name) < column) {
        problems.add("feature name \"" + name + "\" appears twice; names must be distinct");
      }
    }
    for (Row row : rows) {
      checkRow(row, names, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid feature table: " + String.join("; ", problems));
    }
  }

  /** Returns the values as a matrix {@code [row][feature]}. */
  double[][] matrix() {
    double[][] matrix = new double[rows.size()][names.size()];
    for (int row = 0; row < rows.size(); row++) {
      for (int column = 0; column < names.size(); column++) {
        matrix[row][column] = rows.get(row).values().get(column);
      }
    }
    return matrix;
  }

  private static void checkRow(Row row, List<String> names, List<String> problems) {
    if (row.values().size() != names.size()) {
      problems.add(
          "row of service \""
              + row.service()
              + "\" has "
              + row.values().size()
              + " values; expected "
              + names.size()
              + ", one per feature name");
      return;
    }
    for (int column = 0; column < names.size(); column++) {
      double value = row.values().get(column);
      if (!Double.isFinite(value)) {
        problems.add(
            "feature \""
                + names.get(column)
                + "\" of service \""
                + row.service()
                + "\" is "
                + value
                + "; every value must be finite");
      }
    }
  }
}
