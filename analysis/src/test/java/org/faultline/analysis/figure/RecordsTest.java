package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

  @Test
  void serviceSeries_unequalLengths_throws() {
    assertThatThrownBy(
            () ->
                new ServiceSeries(
                    "water", new long[] {0, 1}, new double[] {0}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "series of service \"water\": times, stress and resource have lengths 2, 1"
                + " and 2; expected equal lengths");
  }

  @Test
  void serviceSeries_repeatedTime_throws() {
    assertThatThrownBy(
            () ->
                new ServiceSeries(
                    "water", new long[] {0, 5, 5}, new double[] {0, 0, 0}, new double[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "series of service \"water\": time 5 at index 2 does not follow time 5 at"
                + " index 1; expected strictly increasing times");
  }

  @Test
  void serviceSeries_nanStress_throws() {
    assertThatThrownBy(
            () ->
                new ServiceSeries(
                    "water", new long[] {0, 1}, new double[] {0, Double.NaN}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "series of service \"water\": stress at index 1 is NaN; expected a finite" + " number");
  }

  @Test
  void serviceSeries_infiniteResource_throws() {
    assertThatThrownBy(
            () ->
                new ServiceSeries(
                    "water",
                    new long[] {0},
                    new double[] {0},
                    new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resource at index 0 is Infinity");
  }

  @Test
  void serviceSeries_inputArrayChanged_seriesUnchanged() {
    long[] times = {0, 1};
    double[] stress = {0.1, 0.2};
    ServiceSeries series = new ServiceSeries("water", times, stress, new double[] {1, 1});

    times[1] = 99;
    stress[0] = 7;

    assertThat(series.times()).containsExactly(0, 1);
    assertThat(series.stress()).containsExactly(0.1, 0.2);
  }

  @Test
  void serviceSeries_returnedArrayChanged_seriesUnchanged() {
    ServiceSeries series =
        new ServiceSeries("water", new long[] {0}, new double[] {0.5}, new double[] {1});

    series.resource()[0] = -3;

    assertThat(series.resource()).containsExactly(1.0);
  }

  @Test
  void serviceSeries_sameContent_equal() {
    ServiceSeries a =
        new ServiceSeries("water", new long[] {0}, new double[] {1}, new double[] {2});
    ServiceSeries b =
        new ServiceSeries("water", new long[] {0}, new double[] {1}, new double[] {2});

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void period_endBeforeStart_throws() {
    assertThatThrownBy(() -> new Period("environment:flood", 10, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period \"environment:flood\": [10, 9] is not a period; expected"
                + " 0 <= start <= end");
  }

  @Test
  void period_negativeStart_throws() {
    assertThatThrownBy(() -> new Period("environment:flood", -1, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void period_singleTick_accepted() {
    assertThat(new Period("outage:grid", 4, 4).end()).isEqualTo(4);
  }

  @Test
  void marker_negativeTime_throws() {
    assertThatThrownBy(() -> new Marker("policy:central intervenes", -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "marker \"policy:central intervenes\": time -5 is negative; expected a tick"
                + " of 0 or more");
  }

  @Test
  void timelineFigure_duplicateService_throws() {
    ServiceSeries water =
        new ServiceSeries("water", new long[] {0}, new double[] {0}, new double[] {1});
    List<ServiceSeries> series = List.of(water, water);

    assertThatThrownBy(() -> new TimelineFigure("t", "minute", 10, series, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "timeline \"t\": service \"water\" has more than one series; expected one per"
                + " service");
  }

  @Test
  void timelineFigure_negativeHorizon_throws() {
    assertThatThrownBy(() -> new TimelineFigure("t", "minute", -1, List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizon -1 is negative");
  }

  @Test
  void timelineFigure_inputListChanged_figureUnchanged() {
    List<Marker> interventions = new ArrayList<>(List.of(new Marker("policy:a", 1)));
    TimelineFigure figure =
        new TimelineFigure("t", "minute", 10, List.of(), List.of(), interventions);

    interventions.add(new Marker("policy:b", 2));

    assertThat(figure.interventions()).containsExactly(new Marker("policy:a", 1));
  }

  @Test
  void graphNode_nullState_throws() {
    assertThatThrownBy(() -> new GraphNode("water", null, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }
}
