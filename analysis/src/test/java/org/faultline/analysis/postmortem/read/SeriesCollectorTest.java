package org.faultline.analysis.postmortem.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.analysis.figure.ServiceSeries;
import org.junit.jupiter.api.Test;

class SeriesCollectorTest {

  @Test
  void sameTick_severalRows_keepsTheLastStateOfTheTick() {
    SeriesCollector collector = new SeriesCollector(List.of("a"), 10);
    collector.add(0, 1, 0.0, 4.9);
    collector.add(0, 1, 0.0, 4.8);
    collector.add(0, 2, 0.5, 4.7);

    ServiceSeries series = collector.finish().get(0);

    assertThat(series.times()).containsExactly(1, 2);
    assertThat(series.resource()).containsExactly(4.8, 4.7);
    assertThat(series.stress()).containsExactly(0.0, 0.5);
  }

  @Test
  void longRun_pointsStayBoundedAndKeepThePeak() {
    long horizon = 1_000_000;
    SeriesCollector collector = new SeriesCollector(List.of("a"), horizon);
    for (long t = 0; t <= horizon; t++) {
      double stress = t == 123_457 ? 9.0 : (t % 7) / 10.0;
      collector.add(0, t, stress, 100.0 - (t == 654_321 ? 99.0 : 0.0));
    }

    ServiceSeries series = collector.finish().get(0);

    assertThat(series.times().length).isLessThanOrEqualTo(4 * SeriesCollector.MAX_BUCKETS);
    assertThat(series.stress()).contains(9.0);
    assertThat(series.resource()).contains(1.0);
    assertThat(series.times()[0]).isZero();
    assertThat(series.times()[series.times().length - 1]).isEqualTo(horizon);
  }

  @Test
  void nanState_isSkipped() {
    SeriesCollector collector = new SeriesCollector(List.of("a"), 10);
    collector.add(0, 1, Double.NaN, 1.0);
    collector.add(0, 2, 0.1, 1.0);

    assertThat(collector.finish().get(0).times()).containsExactly(2);
  }

  @Test
  void everyService_getsItsOwnSeries() {
    SeriesCollector collector = new SeriesCollector(List.of("a", "b"), 10);
    collector.add(0, 1, 0.1, 1.0);
    collector.add(1, 1, 0.2, 2.0);

    List<ServiceSeries> series = collector.finish();

    assertThat(series).extracting(ServiceSeries::service).containsExactly("a", "b");
    assertThat(series.get(1).stress()).containsExactly(0.2);
  }
}
