package org.faultline.analysis.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Min-max bucket downsampling of a service's stress and resource series.
 *
 * <p>The first and last points are always kept. The points between them are split into {@code
 * (maxPoints - 2) / 4} buckets of consecutive points, of sizes that differ by at most one, and each
 * bucket contributes the points where stress and resource reach their maximum and minimum (the
 * first such point on ties). A bucket thus keeps at most four points, fewer when one point is the
 * extreme of several, so every peak and trough of either quantity survives and the result never
 * exceeds {@code maxPoints}. Cost: O(n) for n points.
 */
final class Downsampling {

  /** The first and last point plus one bucket of four extremes. */
  static final int MIN_POINTS = 6;

  private static final int EXTREMES_PER_BUCKET = 4;

  private Downsampling() {}

  static ServiceSeries downsample(ServiceSeries series, int maxPoints) {
    Objects.requireNonNull(series, "series");
    if (maxPoints < MIN_POINTS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "maxPoints is %d; expected at least %d, room for the first and last point and the"
                  + " extremes of one bucket",
              maxPoints,
              MIN_POINTS));
    }
    long[] times = series.times();
    if (times.length <= maxPoints) {
      return series;
    }

    double[] stress = series.stress();
    double[] resource = series.resource();
    int[] kept = keptIndexes(stress, resource, maxPoints);

    long[] keptTimes = new long[kept.length];
    double[] keptStress = new double[kept.length];
    double[] keptResource = new double[kept.length];
    for (int k = 0; k < kept.length; k++) {
      keptTimes[k] = times[kept[k]];
      keptStress[k] = stress[kept[k]];
      keptResource[k] = resource[kept[k]];
    }
    return new ServiceSeries(series.service(), keptTimes, keptStress, keptResource);
  }

  /** Returns the kept indexes in increasing order; {@code stress.length > maxPoints}. */
  private static int[] keptIndexes(double[] stress, double[] resource, int maxPoints) {
    int last = stress.length - 1;
    int interior = stress.length - 2;
    int buckets = (maxPoints - 2) / EXTREMES_PER_BUCKET;

    int[] indexes = new int[maxPoints];
    int count = 0;
    indexes[count++] = 0;
    for (int b = 0; b < buckets; b++) {
      // Interior points run from index 1 to last - 1; long arithmetic keeps b * interior exact.
      int from = 1 + (int) ((long) b * interior / buckets);
      int to = 1 + (int) ((long) (b + 1) * interior / buckets);
      int[] extremes = {
        argMax(stress, from, to), argMin(stress, from, to),
        argMax(resource, from, to), argMin(resource, from, to)
      };
      Arrays.sort(extremes);
      for (int e = 0; e < extremes.length; e++) {
        if (e == 0 || extremes[e] != extremes[e - 1]) {
          indexes[count++] = extremes[e];
        }
      }
    }
    indexes[count++] = last;
    return Arrays.copyOf(indexes, count);
  }

  private static int argMax(double[] values, int from, int to) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static int argMin(double[] values, int from, int to) {
    int best = from;
    for (int i = from + 1; i < to; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return best;
  }
}
