package org.faultline.analysis.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The content of the timeline figure: every service's stress and resource over time, stressor
 * periods and interventions.
 *
 * <p>The lists are copied, so instances are immutable and thread-safe.
 *
 * @param title title drawn above the plots
 * @param timeUnit unit of one tick, such as "minute", shown in the time axis label
 * @param horizon last tick of the run, at least 0; each service's last state is drawn up to it
 * @param series one series per service, with distinct service ids, in legend order
 * @param stressorPeriods periods drawn as shaded bands
 * @param interventions events drawn as vertical lines
 */
public record TimelineFigure(
    String title,
    String timeUnit,
    long horizon,
    List<ServiceSeries> series,
    List<Period> stressorPeriods,
    List<Marker> interventions) {

  /**
   * Rejects null components, a negative horizon and duplicate service ids, and copies the lists.
   */
  public TimelineFigure {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(timeUnit, "timeUnit");
    if (horizon < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "timeline \"%s\": horizon %d is negative; expected a tick of 0 or more",
              title,
              horizon));
    }
    series = List.copyOf(series);
    stressorPeriods = List.copyOf(stressorPeriods);
    interventions = List.copyOf(interventions);
    checkDistinctServices(title, series);
  }

  private static void checkDistinctServices(String title, List<ServiceSeries> series) {
    Set<String> seen = new HashSet<>();
    for (ServiceSeries s : series) {
      if (!seen.add(s.service())) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "timeline \"%s\": service \"%s\" has more than one series; expected one per service",
                title,
                s.service()));
      }
    }
  }
}
