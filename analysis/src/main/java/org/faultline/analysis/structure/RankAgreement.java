package org.faultline.analysis.structure;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Rank statistics that compare salience with what happened. The class is stateless and thread-safe.
 */
final class RankAgreement {

  private RankAgreement() {}

  /**
   * Computes Spearman's rank correlation (C. Spearman, "The proof and measurement of association
   * between two things", 1904) as the Pearson correlation of the ranks, with tied values given the
   * mean of the ranks they span.
   *
   * <p>Cost: O(N log N).
   *
   * @return ρ in [−1, 1], or null if there are fewer than two values or either side's ranks are all
   *     equal
   */
  static Double spearman(double[] x, double[] y) {
    if (x.length < 2) {
      return null;
    }
    double[] rankX = averageRanks(x);
    double[] rankY = averageRanks(y);
    double meanRank = (x.length + 1) / 2.0;
    double covariance = 0.0;
    double varianceX = 0.0;
    double varianceY = 0.0;
    for (int i = 0; i < x.length; i++) {
      double dx = rankX[i] - meanRank;
      double dy = rankY[i] - meanRank;
      covariance += dx * dy;
      varianceX += dx * dx;
      varianceY += dy * dy;
    }
    if (varianceX == 0.0 || varianceY == 0.0) {
      return null;
    }
    double rho = covariance / Math.sqrt(varianceX * varianceY);
    return Math.max(-1.0, Math.min(1.0, rho));
  }

  /** Returns each value's rank from 1 (smallest), ties sharing the mean of their ranks. */
  static double[] averageRanks(double[] values) {
    Integer[] order = ascendingOrder(values);
    double[] ranks = new double[values.length];
    int start = 0;
    while (start < order.length) {
      int end = start;
      while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
        end++;
      }
      double rank = (start + end) / 2.0 + 1.0;
      for (int i = start; i <= end; i++) {
        ranks[order[i]] = rank;
      }
      start = end + 1;
    }
    return ranks;
  }

  /**
   * Returns the service indexes by descending value, ties in declaration order (ascending index).
   */
  static int[] descendingOrder(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparingInt(i -> i));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** Returns the fraction of the first {@code k} of {@code order} that are {@code marked}. */
  static double topOverlap(int[] order, boolean[] marked, int k) {
    int hits = 0;
    for (int position = 0; position < k; position++) {
      if (marked[order[position]]) {
        hits++;
      }
    }
    return (double) hits / k;
  }

  private static Integer[] ascendingOrder(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(i -> values[i]).thenComparingInt(i -> i));
    return order;
  }
}
