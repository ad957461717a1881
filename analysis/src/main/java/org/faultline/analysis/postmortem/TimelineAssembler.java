package org.faultline.analysis.postmortem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.Findings;
import org.faultline.analysis.postmortem.finding.Intervention;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.StatusChange;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.finding.TimelineEntry;
import org.faultline.analysis.postmortem.read.EventPass;
import org.faultline.analysis.postmortem.read.EventSummary;

/**
 * Puts the moments that matter in time order: stressor onsets and ends, each service's first
 * overload, service status events and status changes, policy intents and interventions.
 *
 * <p>Entries at the same tick follow the execution order of their events, and an entry derived from
 * {@code metrics.csv} follows the event after which its row was taken. Sorting costs O(n log n) in
 * the number of candidate entries. Not thread-safe.
 */
final class TimelineAssembler {

  private final EventSummary events;
  private final List<Candidate> candidates = new ArrayList<>();

  /** An entry with its sort key. */
  private record Candidate(TimelineEntry entry, long order) {}

  TimelineAssembler(EventSummary events) {
    this.events = events;
  }

  /** Adds the onset and the end of each stressor; a stressor with one event gets one entry. */
  TimelineAssembler stressors(List<StressorSpan> stressors) {
    for (StressorSpan stressor : stressors) {
      boolean single = stressor.events() == 1;
      add(
          new TimelineEntry(
              stressor.first().time(),
              TimelineEntry.Kind.STRESSOR_ONSET,
              stressor.source(),
              Optional.of(stressor.first()),
              Optional.of(stressor.firstType()),
              single ? "its only event" : "first of " + stressor.events() + " events",
              OptionalLong.empty(),
              List.of()));
      if (!single) {
        add(
            new TimelineEntry(
                stressor.last().time(),
                TimelineEntry.Kind.STRESSOR_END,
                stressor.source(),
                Optional.of(stressor.last()),
                Optional.of(stressor.lastType()),
                "last of " + stressor.events() + " events",
                OptionalLong.empty(),
                List.of()));
      }
    }
    return this;
  }

  /** Adds each service's first overload report, noting when its load first exceeded capacity. */
  TimelineAssembler firstOverloads(List<ServiceEffects> effects) {
    for (TimelineEntry entry : events.firstOverloads()) {
      Optional<EventRef> overloaded =
          effects.stream()
              .filter(service -> service.serviceId().equals(entry.subject()))
              .findFirst()
              .flatMap(ServiceEffects::firstOverloaded);
      String detail =
          overloaded
              .map(
                  first ->
                      String.format(
                          Locale.ROOT,
                          "load above effective capacity since t=%d%s",
                          first.time(),
                          first.id() > 0 ? " (after #" + first.id() + ")" : ""))
              .orElse("");
      add(
          new TimelineEntry(
              entry.time(),
              entry.kind(),
              entry.subject(),
              entry.event(),
              entry.eventType(),
              detail,
              entry.scheduledAt(),
              entry.delay()));
    }
    return this;
  }

  /**
   * Adds the service status events and every kept status change of every service. A status change
   * logged after a status event of the same service, such as {@code active → failed} after {@code
   * SERVICE_FAILED}, is one entry with the event's delay.
   */
  TimelineAssembler statuses(List<ServiceEffects> effects) {
    Map<String, TimelineEntry> statusEvents = new LinkedHashMap<>();
    for (TimelineEntry entry : events.serviceStatusEvents()) {
      statusEvents.put(entry.subject() + "#" + entry.event().orElseThrow().id(), entry);
    }
    for (ServiceEffects service : effects) {
      for (StatusChange change : service.statusChanges()) {
        TimelineEntry.Kind kind =
            change.isFailure()
                ? TimelineEntry.Kind.FAILURE
                : change.isRecovery()
                    ? TimelineEntry.Kind.RECOVERY
                    : TimelineEntry.Kind.STATUS_CHANGE;
        String detail = change.from().orElse("first row") + " → " + change.to();
        TimelineEntry statusEvent =
            statusEvents.remove(service.serviceId() + "#" + change.eventId());
        if (statusEvent != null) {
          add(
              new TimelineEntry(
                  change.time(),
                  kind,
                  service.serviceId(),
                  statusEvent.event(),
                  statusEvent.eventType(),
                  detail,
                  statusEvent.scheduledAt(),
                  statusEvent.delay()));
          continue;
        }
        Optional<EventRef> after =
            change.eventId() > 0
                ? Optional.of(new EventRef(change.eventId(), change.time()))
                : Optional.empty();
        add(
            new TimelineEntry(
                change.time(),
                kind,
                service.serviceId(),
                after,
                after.flatMap(event -> events.eventType(event.id())),
                detail,
                OptionalLong.empty(),
                List.of()));
      }
    }
    statusEvents.values().forEach(this::add);
    return this;
  }

  /** Adds every executed intent and intervention. */
  TimelineAssembler policy(List<Intervention> interventions) {
    for (Intervention intervention : interventions) {
      intervention
          .intent()
          .ifPresent(
              intent ->
                  add(
                      new TimelineEntry(
                          intent.time(),
                          TimelineEntry.Kind.POLICY_INTENT,
                          intervention.office(),
                          Optional.of(intent),
                          Optional.of(EventPass.POLICY_INTENT),
                          "intended at t=" + intervention.intentTime(),
                          OptionalLong.of(intervention.intentTime()),
                          intervention.intentDelay())));
      intervention
          .intervention()
          .ifPresent(
              executed ->
                  add(
                      new TimelineEntry(
                          executed.time(),
                          TimelineEntry.Kind.POLICY_INTERVENTION,
                          intervention.office(),
                          Optional.of(executed),
                          Optional.of(EventPass.POLICY_INTERVENTION),
                          "executed "
                              + intervention.delay().orElseThrow()
                              + " ticks after the intent at t="
                              + intervention.intentTime(),
                          intervention.interventionScheduledAt(),
                          intervention.interventionDelay())));
    }
    return this;
  }

  /**
   * Returns the first {@link Findings#MAX_TIMELINE_ENTRIES} entries in time order, and the number
   * left out.
   */
  Result build() {
    candidates.sort(
        Comparator.comparingLong((Candidate candidate) -> candidate.entry().time())
            .thenComparingLong(Candidate::order)
            .thenComparing(candidate -> candidate.entry().kind()));
    List<TimelineEntry> kept = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (kept.size() == Findings.MAX_TIMELINE_ENTRIES) {
        break;
      }
      kept.add(candidate.entry());
    }
    return new Result(kept, candidates.size() - kept.size());
  }

  /** The kept entries and how many were left out. */
  record Result(List<TimelineEntry> entries, long omitted) {}

  private void add(TimelineEntry entry) {
    long order =
        entry
            .event()
            .map(event -> events.executionOrder(event.id()))
            .filter(position -> position.isPresent())
            .map(position -> (long) position.getAsInt())
            .orElse(Long.MAX_VALUE);
    candidates.add(new Candidate(entry, order));
  }
}
