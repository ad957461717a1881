package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Standardizes each feature column to z-scores: {@code z = (x − mean) / std} with the population
 * standard deviation. A column whose values are all exactly equal becomes 0 for every service,
 * since it carries no information and would otherwise divide by zero.
 *
 * <p>Cost: O(N·F). The class is stateless and thread-safe.
 */
final class Standardizer {

  /** The z-scores {@code [service][feature]} and how each column was scaled. */
  record Standardized(double[][] z, List<FeatureScaling> scalings) {}

  private Standardizer() {}

  static Standardized standardize(List<String> names, double[][] raw) {
    int rows = raw.length;
    double[][] z = new double[rows][names.size()];
    List<FeatureScaling> scalings = new ArrayList<>();
    for (int column = 0; column < names.size(); column++) {
      double mean = 0.0;
      boolean constant = true;
      for (double[] row : raw) {
        mean += row[column];
        constant &= row[column] == raw[0][column];
      }
      mean /= rows;
      double sumOfSquares = 0.0;
      for (double[] row : raw) {
        sumOfSquares += (row[column] - mean) * (row[column] - mean);
      }
      double std = Math.sqrt(sumOfSquares / rows);
      /* Values that differ only below the smallest double's square root can give std 0 too. */
      constant |= std == 0.0;
      if (constant) {
        mean = raw[0][column];
        std = 0.0;
      } else {
        for (int row = 0; row < rows; row++) {
          z[row][column] = (raw[row][column] - mean) / std;
        }
      }
      scalings.add(new FeatureScaling(names.get(column), mean, std, constant));
    }
    return new Standardized(z, List.copyOf(scalings));
  }
}
