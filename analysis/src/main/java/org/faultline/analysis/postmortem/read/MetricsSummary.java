package org.faultline.analysis.postmortem.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.analysis.figure.ServiceSeries;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.TimedValue;

/**
 * What one pass over {@code metrics.csv} found. Instances are immutable and thread-safe.
 *
 * @param services the effects on every service, in declaration order
 * @param peakTotalStress the highest total service stress after any event, with its first time
 * @param crossings per office, in the order given to the pass, the first event after which the
 *     total service stress exceeded its threshold, with that total; offices that never crossed are
 *     absent
 * @param failureEventIds ids of the events after which a service's status changed to {@code
 *     failed}, in file order, at most {@link MetricsPass#MAX_FAILURE_EVENTS_KEPT}
 * @param lastTime the tick of the last row, 0 without rows
 * @param endTime the tick until which the last logged state holds: the horizon of a complete run,
 *     {@code lastTime} for an interrupted one
 * @param overloadKnown whether the file has the {@code load} and {@code effective_capacity} columns
 * @param statusKnown whether the file has the {@code status} column
 * @param eventIdKnown whether the file has the {@code event_id} column
 * @param series each service's stress and resource at the end of each tick, thinned to a bounded
 *     number of points that keeps every bucket's extremes, in service order
 */
public record MetricsSummary(
    List<ServiceEffects> services,
    Optional<TimedValue> peakTotalStress,
    Map<String, TimedValue> crossings,
    Set<Long> failureEventIds,
    long lastTime,
    long endTime,
    boolean overloadKnown,
    boolean statusKnown,
    boolean eventIdKnown,
    List<ServiceSeries> series) {

  /** Copies the collections, keeping their order. */
  public MetricsSummary {
    services = List.copyOf(services);
    series = List.copyOf(series);
    crossings = Collections.unmodifiableMap(new LinkedHashMap<>(crossings));
    failureEventIds = Collections.unmodifiableSet(new LinkedHashSet<>(failureEventIds));
  }
}
