package org.faultline.analysis.postmortem.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.analysis.postmortem.finding.Propagation;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;
import org.faultline.analysis.postmortem.finding.ServiceReports;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.finding.TimelineEntry;

/**
 * The findings of one pass over {@code events.jsonl}. It keeps the causal log, so that later steps
 * can place metrics-derived moments in execution order. Immutable after construction and
 * thread-safe.
 */
public final class EventSummary {

  private final List<StressorSpan> stressors;
  private final List<ServiceReports> services;
  private final List<TimelineEntry> firstOverloads;
  private final List<TimelineEntry> serviceStatusEvents;
  private final long serviceStatusEventsOmitted;
  private final List<Intervention> interventions;
  private final Map<String, OfficeEvidence> offices;
  private final List<RejectedIntentGroup> rejectedIntents;
  private final Map<String, Long> delayComponents;
  private final Propagation propagation;
  private final long executed;
  private final CausalLog log;

  EventSummary(
      List<StressorSpan> stressors,
      List<ServiceReports> services,
      List<TimelineEntry> firstOverloads,
      List<TimelineEntry> serviceStatusEvents,
      long serviceStatusEventsOmitted,
      List<Intervention> interventions,
      Map<String, OfficeEvidence> offices,
      List<RejectedIntentGroup> rejectedIntents,
      Map<String, Long> delayComponents,
      Propagation propagation,
      long executed,
      CausalLog log) {
    this.stressors = List.copyOf(stressors);
    this.services = List.copyOf(services);
    this.firstOverloads = List.copyOf(firstOverloads);
    this.serviceStatusEvents = List.copyOf(serviceStatusEvents);
    this.serviceStatusEventsOmitted = serviceStatusEventsOmitted;
    this.interventions = List.copyOf(interventions);
    this.offices = Collections.unmodifiableMap(new LinkedHashMap<>(offices));
    this.rejectedIntents = List.copyOf(rejectedIntents);
    this.delayComponents = Collections.unmodifiableMap(new LinkedHashMap<>(delayComponents));
    this.propagation = propagation;
    this.executed = executed;
    this.log = log;
  }

  /** Returns every stressor in the order its first event executed. */
  public List<StressorSpan> stressors() {
    return stressors;
  }

  /** Returns the degradation and restoration events of every service, in declaration order. */
  public List<ServiceReports> services() {
    return services;
  }

  /**
   * Returns the first {@code SERVICE_OVERLOAD} of every service that has one, as timeline entries
   * in declaration order.
   */
  public List<TimelineEntry> firstOverloads() {
    return firstOverloads;
  }

  /**
   * Returns the first {@link EventPass#MAX_SERVICE_STATUS_EVENTS_KEPT} {@code SERVICE_DEGRADED},
   * {@code SERVICE_FAILED} and {@code SERVICE_RESTORED} events as timeline entries, in execution
   * order.
   */
  public List<TimelineEntry> serviceStatusEvents() {
    return serviceStatusEvents;
  }

  /** Returns the number of service status events beyond those kept. */
  public long serviceStatusEventsOmitted() {
    return serviceStatusEventsOmitted;
  }

  /** Returns every intervention, in the order its intent executed. */
  public List<Intervention> interventions() {
    return interventions;
  }

  /** Returns the evidence about every policy office, by office id, in report order. */
  public Map<String, OfficeEvidence> offices() {
    return offices;
  }

  /** Returns the rejected intents grouped by type and reason, in first-seen order. */
  public List<RejectedIntentGroup> rejectedIntents() {
    return rejectedIntents;
  }

  /**
   * Returns each delay component name with the number of events that have it, in first-seen order.
   */
  public Map<String, Long> delayComponents() {
    return delayComponents;
  }

  /** Returns the causal chains and the dependency edges that carried degradation. */
  public Propagation propagation() {
    return propagation;
  }

  /** Returns the number of executed events. */
  public long executed() {
    return executed;
  }

  /** Returns the type of an executed event, or empty for an id that did not execute. */
  public Optional<String> eventType(long eventId) {
    return log.contains(eventId) ? Optional.of(log.typeOf(eventId)) : Optional.empty();
  }

  /**
   * Returns the position of an executed event in execution order, from 0, or empty for an id that
   * did not execute.
   */
  public OptionalInt executionOrder(long eventId) {
    return log.contains(eventId) ? OptionalInt.of(log.orderOf(eventId)) : OptionalInt.empty();
  }
}
