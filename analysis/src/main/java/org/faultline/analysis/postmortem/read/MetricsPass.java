package org.faultline.analysis.postmortem.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.StatusChange;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.trace.MetricsColumns;
import org.faultline.trace.RunManifest;
import org.faultline.trace.RunStatus;
import org.faultline.trace.read.MetricsReader;
import org.faultline.trace.read.MetricsRow;

/**
 * Reads {@code metrics.csv} once, row by row, and summarises every service and the total service
 * stress that the policy offices compare with their thresholds.
 *
 * <p>Memory is one {@link ServiceTrack} per service and does not grow with the number of rows. Full
 * and delta files are read the same way, without rebuilding the full state: each service keeps its
 * latest row, and a service without a row for an event kept its state. The rows of one event are
 * recognised by their {@code event_id}. A file without that column is split where the time, type or
 * source changes or the service order starts again. Two consecutive events that share all three and
 * change services in increasing order then count as one.
 *
 * <p>The total stress after an event is the sum, in declaration order, of the latest stress of
 * every service whose status is neither {@code degraded} nor {@code failed}, because the policy
 * rule sums the stress of active agents. Citizens and policy offices have stress too, but {@code
 * metrics.csv} does not hold it, so it is left out. Not thread-safe; each call reads with its own
 * state.
 */
public final class MetricsPass {

  /** Failure events kept for causal chains; later ones are not followed. */
  public static final int MAX_FAILURE_EVENTS_KEPT = 1000;

  private final RunManifest manifest;
  private final List<Threshold> thresholds;
  private final ServiceTrack[] tracks;
  private final SeriesCollector series;
  private final Map<String, Integer> serviceIndex = new HashMap<>();
  private final Map<String, TimedValue> crossings = new LinkedHashMap<>();
  private final Set<Long> failureEventIds = new LinkedHashSet<>();

  private TimedValue peakTotal;
  private boolean inEvent;
  private long eventTime;
  private long eventId;
  private String eventType;
  private String eventSource;
  private int previousService;
  private long lastTime;

  /**
   * A policy office's threshold.
   *
   * @param office office id
   * @param threshold total stress above which the office intends to intervene
   */
  public record Threshold(String office, double threshold) {

    /** Checks for nulls. */
    public Threshold {
      Objects.requireNonNull(office, "office");
    }
  }

  private MetricsPass(RunManifest manifest, List<Threshold> thresholds) {
    this.manifest = manifest;
    this.thresholds = List.copyOf(thresholds);
    List<String> services = manifest.services();
    this.tracks = new ServiceTrack[services.size()];
    this.series = new SeriesCollector(services, manifest.horizon());
    for (int i = 0; i < services.size(); i++) {
      tracks[i] = new ServiceTrack(services.get(i));
      serviceIndex.put(services.get(i), i);
    }
  }

  /**
   * Reads the metrics file of a run.
   *
   * @param file path of {@code metrics.csv}
   * @param manifest the run's manifest, for its services, horizon and status
   * @param thresholds the offices whose crossing to find, in report order
   * @return the summary
   * @throws org.faultline.trace.read.MalformedRunFileException if the file is malformed
   * @throws InconsistentRunException if a row names a service that {@code run.json} does not list
   */
  public static MetricsSummary read(Path file, RunManifest manifest, List<Threshold> thresholds) {
    return new MetricsPass(manifest, thresholds).readAll(file);
  }

  private MetricsSummary readAll(Path file) {
    boolean overloadKnown;
    boolean statusKnown;
    boolean eventIdKnown;
    try (MetricsReader metrics = MetricsReader.open(file)) {
      overloadKnown =
          metrics.hasColumn(MetricsColumns.LOAD)
              && metrics.hasColumn(MetricsColumns.EFFECTIVE_CAPACITY);
      statusKnown = metrics.hasColumn(MetricsColumns.STATUS);
      eventIdKnown = metrics.hasColumn(MetricsColumns.EVENT_ID);
      for (MetricsRow row : metrics) {
        int service = indexOf(row, metrics);
        if (startsNewEvent(row, service)) {
          closeEvent();
          openEvent(row);
        }
        series.add(service, row.time(), row.stressLevel(), row.resourceLevel());
        StatusChange change = tracks[service].apply(row);
        if (change != null
            && change.isFailure()
            && change.eventId() > 0
            && failureEventIds.size() < MAX_FAILURE_EVENTS_KEPT) {
          failureEventIds.add(change.eventId());
        }
        previousService = service;
        lastTime = Math.max(lastTime, row.time());
      }
      closeEvent();
    }

    long endTime =
        manifest.status() == RunStatus.COMPLETE ? Math.max(manifest.horizon(), lastTime) : lastTime;
    List<ServiceEffects> effects = new ArrayList<>(tracks.length);
    for (ServiceTrack track : tracks) {
      effects.add(track.finish(endTime, overloadKnown));
    }
    return new MetricsSummary(
        effects,
        Optional.ofNullable(peakTotal),
        crossings,
        failureEventIds,
        lastTime,
        endTime,
        overloadKnown,
        statusKnown,
        eventIdKnown,
        series.finish());
  }

  private int indexOf(MetricsRow row, MetricsReader metrics) {
    Integer index = serviceIndex.get(row.serviceId());
    if (index == null) {
      throw new InconsistentRunException(
          List.of(
              metrics.file()
                  + ":"
                  + metrics.lastLine()
                  + ": service_id \""
                  + row.serviceId()
                  + "\" is not among the services of run.json "
                  + manifest.services()));
    }
    return index;
  }

  private boolean startsNewEvent(MetricsRow row, int service) {
    if (!inEvent) {
      return true;
    }
    if (row.eventId() != MetricsRow.NO_EVENT_ID) {
      return row.eventId() != eventId;
    }
    return service <= previousService
        || row.time() != eventTime
        || !row.eventType().equals(eventType)
        || !row.source().equals(eventSource);
  }

  private void openEvent(MetricsRow row) {
    inEvent = true;
    eventTime = row.time();
    eventId = row.eventId();
    eventType = row.eventType();
    eventSource = row.source();
  }

  /**
   * Compares the total service stress after the event that just ended with the peak and the
   * thresholds.
   */
  private void closeEvent() {
    if (!inEvent) {
      return;
    }
    double total = 0;
    for (ServiceTrack track : tracks) {
      if (track.countsTowardTotalStress() && !Double.isNaN(track.stress())) {
        total += track.stress();
      }
    }
    if (peakTotal == null || total > peakTotal.value()) {
      peakTotal = new TimedValue(total, eventTime, eventId);
    }
    for (Threshold threshold : thresholds) {
      if (!crossings.containsKey(threshold.office()) && total > threshold.threshold()) {
        crossings.put(threshold.office(), new TimedValue(total, eventTime, eventId));
      }
    }
  }
}
