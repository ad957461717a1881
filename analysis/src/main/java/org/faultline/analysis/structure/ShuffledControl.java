package org.faultline.analysis.structure;

import java.util.SplittableRandom;

/**
 * The shuffled-feature control: the lens evaluated again after seeded permutations of the feature
 * rows, so that each service carries another service's features while the graph, the ensemble's
 * seeds and what happened stay the same.
 *
 * <p>Permutation {@code p} (from 0) is drawn by one {@link SplittableRandom} created with the
 * permutation seed and shared by all permutations in order, as a Fisher–Yates shuffle of the
 * identity: for {@code i} from {@code N − 1} down to 1, swap positions {@code i} and {@code
 * random.nextInt(i + 1)}. Service {@code i} then gets the standardized row of service {@code
 * perm[i]}. Standardizing commutes with permuting rows, so shuffling the standardized rows equals
 * standardizing shuffled raw rows.
 *
 * <p>Cost: {@code permutationCount} times {@link Lens#evaluate}. Not thread-safe: one instance
 * tallies one run.
 */
final class ShuffledControl {

  /** The running tally of one measure over the permutations. */
  private static final class Tally {
    private final Double observed;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private int count;
    private int atLeastAsHigh;

    Tally(Double observed) {
      this.observed = observed;
    }

    void add(Double value) {
      if (observed == null || value == null) {
        return;
      }
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
      count++;
      atLeastAsHigh += value >= observed ? 1 : 0;
    }

    MetricComparison result(String undefinedReason) {
      if (observed == null) {
        return MetricComparison.undefined(undefinedReason);
      }
      if (count == 0) {
        return new MetricComparison(observed, null, null, null, 0, 0, null, 1.0, null);
      }
      double pValue = (1.0 + atLeastAsHigh) / (1.0 + count);
      return new MetricComparison(
          observed,
          sum / count,
          min,
          max,
          count,
          atLeastAsHigh,
          (double) atLeastAsHigh / count,
          pValue,
          null);
    }
  }

  private final Tally rankCorrelation;
  private final Tally topKOverlap;
  private final Tally pathAgreement;

  ShuffledControl(Lens.Evaluation observed) {
    rankCorrelation = new Tally(observed.rankCorrelation());
    topKOverlap = new Tally(observed.topKOverlap());
    pathAgreement = new Tally(observed.pathAgreement());
  }

  /** Evaluates every permutation of the rows of {@code z} and tallies the three measures. */
  void run(Lens lens, double[][] z, int permutationCount, long permutationSeed) {
    SplittableRandom random = new SplittableRandom(permutationSeed);
    for (int p = 0; p < permutationCount; p++) {
      int[] permutation = shuffledIdentity(z.length, random);
      double[][] shuffled = new double[z.length][];
      for (int node = 0; node < z.length; node++) {
        shuffled[node] = z[permutation[node]];
      }
      Lens.Evaluation evaluation = lens.evaluate(shuffled);
      rankCorrelation.add(evaluation.rankCorrelation());
      topKOverlap.add(evaluation.topKOverlap());
      pathAgreement.add(evaluation.pathAgreement());
    }
  }

  MetricComparison rankCorrelation(String undefinedReason) {
    return rankCorrelation.result(undefinedReason);
  }

  MetricComparison topKOverlap(String undefinedReason) {
    return topKOverlap.result(undefinedReason);
  }

  MetricComparison pathAgreement(String undefinedReason) {
    return pathAgreement.result(undefinedReason);
  }

  private static int[] shuffledIdentity(int size, SplittableRandom random) {
    int[] permutation = new int[size];
    for (int i = 0; i < size; i++) {
      permutation[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }
}
