package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DownsampleTest {

  /** One series and the point budget it is downsampled to. */
  record Case(String name, ServiceSeries series, int maxPoints) {

    @Override
    public String toString() {
      return name;
    }
  }

  /** One point of a series, for comparing points as a whole. */
  record Point(long time, double stress, double resource) {}

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("empty", series(new double[0], new double[0]), 6));
    cases.add(new Case("single point", series(new double[] {0.5}, new double[] {1}), 6));
    cases.add(new Case("shorter than maxPoints", ramp(40), 50));
    cases.add(new Case("exactly maxPoints", ramp(50), 50));
    cases.add(new Case("one more than maxPoints", ramp(51), 50));
    cases.add(new Case("constant", constant(10_000, 0.25, 0.75), 100));
    cases.add(new Case("single stress spike", spike(5_000, 3_217), 64));
    cases.add(new Case("single resource dip", dip(5_000, 811), 64));
    cases.add(new Case("spike at the first interior point", spike(1_000, 1), 10));
    cases.add(new Case("spike at the last interior point", spike(1_000, 998), 10));
    cases.add(new Case("smallest budget", random(1_000, 7), 6));
    cases.add(new Case("budget not a multiple of four plus two", random(1_000, 8), 9));
    cases.add(new Case("random walk", random(20_000, 9), 500));
    cases.add(new Case("budget just below the length", random(300, 10), 299));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downsample_anySeries_keepsAtMostMaxPoints(Case c) {
    ServiceSeries result = Figures.downsample(c.series(), c.maxPoints());

    assertThat(result.times().length).isLessThanOrEqualTo(c.maxPoints());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downsample_anySeries_keepsFirstPoint(Case c) {
    ServiceSeries result = Figures.downsample(c.series(), c.maxPoints());

    assertThat(first(points(result))).isEqualTo(first(points(c.series())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downsample_anySeries_keepsLastPoint(Case c) {
    ServiceSeries result = Figures.downsample(c.series(), c.maxPoints());

    assertThat(last(points(result))).isEqualTo(last(points(c.series())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downsample_anySeries_keepsEveryBucketsExtremes(Case c) {
    ServiceSeries result = Figures.downsample(c.series(), c.maxPoints());

    assertThat(points(result)).containsAll(bucketExtremes(c.series(), c.maxPoints()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downsample_anySeries_keepsOnlyOriginalPoints(Case c) {
    ServiceSeries result = Figures.downsample(c.series(), c.maxPoints());

    assertThat(points(c.series())).containsAll(points(result));
  }

  @Test
  void downsample_seriesWithinBudget_returnedUnchanged() {
    ServiceSeries series = ramp(50);

    assertThat(Figures.downsample(series, 50)).isSameAs(series);
  }

  @Test
  void downsample_constantSeries_keepsOnePointPerBucket() {
    ServiceSeries result = Figures.downsample(constant(10_000, 0.25, 0.75), 102);

    assertThat(result.times().length).isEqualTo(2 + (102 - 2) / 4);
  }

  @Test
  void downsample_singleSpike_keepsSpikeValue() {
    ServiceSeries result = Figures.downsample(spike(5_000, 3_217), 64);

    assertThat(points(result)).contains(new Point(3_217 * 10L, 1.0, 1.0));
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 2, 0, -1})
  void downsample_maxPointsBelowSix_throws(int maxPoints) {
    assertThatThrownBy(() -> Figures.downsample(ramp(10), maxPoints))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPoints is " + maxPoints);
  }

  /**
   * Returns the maximum and minimum stress and resource points of every bucket. Buckets follow the
   * documented rule: the points between the first and the last split into (maxPoints - 2) / 4 runs,
   * and run b starts at index 1 + floor(b * interior / buckets).
   */
  private static List<Point> bucketExtremes(ServiceSeries series, int maxPoints) {
    List<Point> points = points(series);
    List<Point> extremes = new ArrayList<>();
    if (points.size() <= maxPoints) {
      return extremes;
    }
    int interior = points.size() - 2;
    int buckets = (maxPoints - 2) / 4;
    for (int b = 0; b < buckets; b++) {
      List<Point> bucket =
          points.subList(
              1 + (int) ((long) b * interior / buckets),
              1 + (int) ((long) (b + 1) * interior / buckets));
      double maxStress = bucket.stream().mapToDouble(Point::stress).max().orElseThrow();
      double minStress = bucket.stream().mapToDouble(Point::stress).min().orElseThrow();
      double maxResource = bucket.stream().mapToDouble(Point::resource).max().orElseThrow();
      double minResource = bucket.stream().mapToDouble(Point::resource).min().orElseThrow();
      extremes.add(bucket.stream().filter(p -> p.stress() == maxStress).findFirst().orElseThrow());
      extremes.add(bucket.stream().filter(p -> p.stress() == minStress).findFirst().orElseThrow());
      extremes.add(
          bucket.stream().filter(p -> p.resource() == maxResource).findFirst().orElseThrow());
      extremes.add(
          bucket.stream().filter(p -> p.resource() == minResource).findFirst().orElseThrow());
    }
    return extremes;
  }

  private static Optional<Point> first(List<Point> points) {
    return points.stream().findFirst();
  }

  private static Optional<Point> last(List<Point> points) {
    return points.stream().skip(Math.max(0, points.size() - 1)).findFirst();
  }

  private static List<Point> points(ServiceSeries series) {
    long[] times = series.times();
    double[] stress = series.stress();
    double[] resource = series.resource();
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      points.add(new Point(times[i], stress[i], resource[i]));
    }
    return points;
  }

  /** Builds a series with times 0, 10, 20… */
  private static ServiceSeries series(double[] stress, double[] resource) {
    long[] times = new long[stress.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = i * 10L;
    }
    return new ServiceSeries("water", times, stress, resource);
  }

  private static ServiceSeries ramp(int n) {
    double[] stress = new double[n];
    double[] resource = new double[n];
    for (int i = 0; i < n; i++) {
      stress[i] = i / (double) n;
      resource[i] = 1 - stress[i];
    }
    return series(stress, resource);
  }

  private static ServiceSeries constant(int n, double stressLevel, double resourceLevel) {
    double[] stress = new double[n];
    double[] resource = new double[n];
    Arrays.fill(stress, stressLevel);
    Arrays.fill(resource, resourceLevel);
    return series(stress, resource);
  }

  /** Returns a flat series with stress 1 and resource 1 at one index only. */
  private static ServiceSeries spike(int n, int at) {
    double[] stress = new double[n];
    double[] resource = new double[n];
    Arrays.fill(resource, 0.5);
    stress[at] = 1;
    resource[at] = 1;
    return series(stress, resource);
  }

  /** Returns a flat series with resource 0 at one index only. */
  private static ServiceSeries dip(int n, int at) {
    double[] stress = new double[n];
    double[] resource = new double[n];
    Arrays.fill(stress, 0.3);
    Arrays.fill(resource, 0.9);
    resource[at] = 0;
    return series(stress, resource);
  }

  private static ServiceSeries random(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] stress = new double[n];
    double[] resource = new double[n];
    for (int i = 0; i < n; i++) {
      stress[i] = random.nextDouble();
      resource[i] = random.nextDouble();
    }
    return series(stress, resource);
  }
}
