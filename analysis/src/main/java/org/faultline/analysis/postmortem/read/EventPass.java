package org.faultline.analysis.postmortem.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.faultline.analysis.postmortem.finding.CausalChain;
import org.faultline.analysis.postmortem.finding.ChainShape;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.Propagation;
import org.faultline.analysis.postmortem.finding.RejectedIntentGroup;
import org.faultline.analysis.postmortem.finding.ServiceReports;
import org.faultline.analysis.postmortem.finding.StressorSpan;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.analysis.postmortem.finding.TimelineEntry;
import org.faultline.trace.RunManifest;
import org.faultline.trace.read.DelayComponent;
import org.faultline.trace.read.EventLogReader;
import org.faultline.trace.read.ExecutedEvent;
import org.faultline.trace.read.LogEntry;
import org.faultline.trace.read.RejectedIntent;

/**
 * Reads {@code events.jsonl} once, in execution order, and collects what the post-mortem needs from
 * it: stressors, degradation events per service, policy intents and interventions, rejected
 * intents, delay components and the causal structure.
 *
 * <p>Memory grows with the number of executed events through {@link CausalLog} and {@link
 * DegradationTracker}, which keep a few primitive values per event, and with the number of
 * interventions; it does not grow with the number of metrics rows. A stressor is a source of
 * executed events that is not an agent in {@code run.json} and not one of the model's own per-tick
 * sources, whose ids start with {@code system:}. Not thread-safe; each call reads with its own
 * state.
 */
public final class EventPass {

  /** Event types that degrade the service that produces them. */
  public static final List<String> DEGRADATION_TYPES =
      List.of("SERVICE_OVERLOAD", "SERVICE_DEGRADED", "SERVICE_FAILED");

  /** A service reports that its load exceeds its capacity. */
  public static final String SERVICE_OVERLOAD = "SERVICE_OVERLOAD";

  /** A service becomes degraded. */
  public static final String SERVICE_DEGRADED = "SERVICE_DEGRADED";

  /** A service fails. */
  public static final String SERVICE_FAILED = "SERVICE_FAILED";

  /** A failed or degraded service is restored. */
  public static final String SERVICE_RESTORED = "SERVICE_RESTORED";

  /** A policy office decides to intervene. */
  public static final String POLICY_INTENT = "POLICY_INTENT";

  /** A policy office's intervention reaches the services. */
  public static final String POLICY_INTERVENTION = "POLICY_INTERVENTION";

  /** Suffix of the event types that carry a report to an agent, such as {@code SERVICE_REPORT}. */
  public static final String REPORT_TYPE_SUFFIX = "_REPORT";

  /**
   * Payload fields that name the agent a report is addressed to, as a string or a list of strings.
   */
  public static final List<String> RECIPIENT_FIELDS =
      List.of("recipient", "recipients", "to", "office");

  /** Prefix of the ids of the model's own per-tick sources, such as {@code system:coupling}. */
  static final String SYSTEM_SOURCE_PREFIX = "system:";

  /** Payload field of a stressor event that lists the services it hits. */
  public static final String TARGETS_FIELD = "services";

  /** Service status events kept for the timeline; later ones are only counted. */
  public static final int MAX_SERVICE_STATUS_EVENTS_KEPT = 1000;

  private final RunManifest manifest;
  private final Context context;
  private final Set<String> agents;
  private final Map<String, Integer> serviceIndex = new HashMap<>();
  private final CausalLog log;
  private final DegradationTracker degradation;
  private final ServiceEvents[] serviceEvents;

  private final Map<String, Stressor> stressors = new LinkedHashMap<>();
  private final Map<String, OfficeTrack> offices = new LinkedHashMap<>();
  private final PolicyLog policy = new PolicyLog();
  private final Map<List<String>, Long> rejected = new LinkedHashMap<>();
  private final Map<String, Long> delayComponents = new LinkedHashMap<>();
  private final Map<Integer, Shape> shapes = new LinkedHashMap<>();
  private final List<TimelineEntry> statusEvents = new ArrayList<>();
  private long statusEventsOmitted;
  private long endpoints;
  private long unresolvedCauses;
  private long executed;

  /**
   * The inputs the pass takes from the scenario and from {@code metrics.csv}.
   *
   * @param offices policy office ids from {@code scenario.yaml}, in declaration order
   * @param dependsOn per service id, the ids of the services it depends on; empty when the scenario
   *     is unknown
   * @param crossings per office, the first event after which the total service stress exceeded its
   *     threshold
   * @param failureEventIds ids of events after which a service's status changed to {@code failed}
   * @param reactTo event types after which agents observe the state
   */
  public record Context(
      List<String> offices,
      Map<String, List<String>> dependsOn,
      Map<String, TimedValue> crossings,
      Set<Long> failureEventIds,
      Set<String> reactTo) {

    /** Copies the collections. */
    public Context {
      offices = List.copyOf(offices);
      dependsOn = Map.copyOf(dependsOn);
      crossings = Map.copyOf(crossings);
      failureEventIds = Set.copyOf(failureEventIds);
      reactTo = Set.copyOf(reactTo);
    }
  }

  private EventPass(RunManifest manifest, Context context) {
    this.manifest = manifest;
    this.context = context;
    this.agents = new HashSet<>(manifest.agents());
    // The engine numbers scheduled events from 1, and every scheduled event executed or was
    // pending.
    this.log = new CausalLog(manifest.counts().executed() + manifest.counts().pendingAtHorizon());
    List<String> services = manifest.services();
    for (int i = 0; i < services.size(); i++) {
      serviceIndex.put(services.get(i), i);
    }
    this.degradation =
        new DegradationTracker(services, dependencyIndexes(services, context.dependsOn()));
    this.serviceEvents = new ServiceEvents[services.size()];
    for (int i = 0; i < services.size(); i++) {
      serviceEvents[i] = new ServiceEvents();
    }
    for (String office : context.offices()) {
      office(office);
    }
  }

  /**
   * Reads the event log of a run.
   *
   * @param file path of {@code events.jsonl}
   * @param manifest the run's manifest, for its services and agents
   * @param context what the pass needs from the scenario and the metrics
   * @return the summary
   * @throws org.faultline.trace.read.MalformedRunFileException if the log is malformed
   * @throws InconsistentRunException if an event id appears twice
   */
  public static EventSummary read(Path file, RunManifest manifest, Context context) {
    return new EventPass(manifest, context).readAll(file);
  }

  /**
   * Returns whether an executed event is a report to the office: its type ends with {@link
   * #REPORT_TYPE_SUFFIX} and one of the {@link #RECIPIENT_FIELDS} of its payload is the office id
   * or a list that contains it.
   */
  public static boolean isReportTo(ExecutedEvent event, String office) {
    if (!event.type().endsWith(REPORT_TYPE_SUFFIX)) {
      return false;
    }
    for (String field : RECIPIENT_FIELDS) {
      Object value = event.payload().fields().get(field);
      if (office.equals(value) || (value instanceof List<?> list && list.contains(office))) {
        return true;
      }
    }
    return false;
  }

  private EventSummary readAll(Path file) {
    try (EventLogReader events = EventLogReader.open(file)) {
      for (LogEntry entry : events) {
        if (entry instanceof ExecutedEvent event) {
          onExecuted(event, events);
        } else if (entry instanceof RejectedIntent intent) {
          onRejected(intent);
        }
      }
    }
    return summary();
  }

  private void onExecuted(ExecutedEvent event, EventLogReader events) {
    checkId(event, events);
    executed++;
    Integer service = serviceIndex.get(event.source());
    // A per-tick step of the model (source system:...) is caused only by the previous step, so
    // chains are cut there: each step is a root, and a chain shows what happened since it.
    boolean systemStep = event.source().startsWith(SYSTEM_SOURCE_PREFIX);
    long causeId =
        event.cause().isPresent() && !systemStep ? event.cause().getAsLong() : CausalLog.NONE;

    boolean degrades = service != null && DEGRADATION_TYPES.contains(event.type());
    int record = CausalLog.NONE;
    if (degrades) {
      int causeRecord = log.contains(causeId) ? log.degradationOf(causeId) : CausalLog.NONE;
      record = degradation.add(event.id(), event.time(), event.type(), service, causeRecord);
    }
    if (!log.add(event.id(), causeId, event.type(), event.source(), event.time(), record)) {
      unresolvedCauses++;
    }
    if (degrades || context.failureEventIds().contains(event.id())) {
      countEndpoint(event.id());
    }

    if (!agents.contains(event.source()) && !event.source().startsWith(SYSTEM_SOURCE_PREFIX)) {
      stressors.computeIfAbsent(event.source(), source -> new Stressor(event.type())).add(event);
    }
    if (service != null) {
      onServiceEvent(event, service);
    }
    if (event.type().equals(POLICY_INTENT) || event.type().equals(POLICY_INTERVENTION)) {
      office(event.source());
      policy.onExecuted(event);
    }
    for (Map.Entry<String, OfficeTrack> office : offices.entrySet()) {
      office.getValue().observe(event, office.getKey());
    }
    for (DelayComponent component : event.delay()) {
      delayComponents.merge(component.component(), 1L, Long::sum);
    }
  }

  private void checkId(ExecutedEvent event, EventLogReader events) {
    if (!CausalLog.isSupported(event.id())) {
      throw new IllegalStateException(
          events.file()
              + ":"
              + events.lastLine()
              + ": event id "
              + event.id()
              + " is beyond the ids the post-mortem can index (up to "
              + (Integer.MAX_VALUE - 8)
              + ")");
    }
    if (log.contains(event.id())) {
      throw new InconsistentRunException(
          List.of(
              events.file()
                  + ":"
                  + events.lastLine()
                  + ": event id "
                  + event.id()
                  + " was already executed earlier in the log; every executed event has its own id"));
    }
  }

  private void countEndpoint(long id) {
    endpoints++;
    Shape shape = shapes.computeIfAbsent(log.shapeOf(id), key -> new Shape(id));
    shape.occurrences++;
  }

  private void onServiceEvent(ExecutedEvent event, int service) {
    ServiceEvents events = serviceEvents[service];
    EventRef ref = new EventRef(event.id(), event.time());
    switch (event.type()) {
      case SERVICE_OVERLOAD -> {
        events.overloads++;
        if (events.firstOverload == null) {
          events.firstOverload = ref;
          events.firstOverloadEntry = timelineEntry(event, TimelineEntry.Kind.FIRST_OVERLOAD);
        }
      }
      case SERVICE_DEGRADED ->
          events.firstDegraded = events.firstDegraded == null ? ref : events.firstDegraded;
      case SERVICE_FAILED ->
          events.firstFailed = events.firstFailed == null ? ref : events.firstFailed;
      case SERVICE_RESTORED ->
          events.firstRestored = events.firstRestored == null ? ref : events.firstRestored;
      default -> {
        return;
      }
    }
    if (event.type().equals(SERVICE_OVERLOAD)) {
      return;
    }
    if (statusEvents.size() >= MAX_SERVICE_STATUS_EVENTS_KEPT) {
      statusEventsOmitted++;
      return;
    }
    statusEvents.add(timelineEntry(event, TimelineEntry.Kind.SERVICE_STATUS_EVENT));
  }

  /**
   * Creates the timeline entry of an event; the delay is kept for events scheduled during the run.
   */
  private static TimelineEntry timelineEntry(ExecutedEvent event, TimelineEntry.Kind kind) {
    boolean duringRun = event.cause().isPresent();
    return new TimelineEntry(
        event.time(),
        kind,
        event.source(),
        Optional.of(new EventRef(event.id(), event.time())),
        Optional.of(event.type()),
        "",
        duringRun ? OptionalLong.of(event.scheduledAt()) : OptionalLong.empty(),
        duringRun ? event.delay() : List.of());
  }

  private void onRejected(RejectedIntent intent) {
    rejected.merge(List.of(intent.type(), intent.reason()), 1L, Long::sum);
    if (intent.type().equals(POLICY_INTENT) || intent.type().equals(POLICY_INTERVENTION)) {
      office(intent.source())
          .rejected
          .merge(List.of(intent.type(), intent.reason()), 1L, Long::sum);
      policy.onRejected(intent);
    }
  }

  private OfficeTrack office(String id) {
    return offices.computeIfAbsent(
        id, key -> new OfficeTrack(context.crossings().get(key), context.reactTo()));
  }

  private EventSummary summary() {
    List<StressorSpan> stressorSpans = new ArrayList<>();
    for (Map.Entry<String, Stressor> stressor : stressors.entrySet()) {
      stressorSpans.add(stressor.getValue().toSpan(stressor.getKey()));
    }
    int[] hops = degradation.maxHopsByService();
    List<ServiceReports> reports = new ArrayList<>();
    for (int i = 0; i < serviceEvents.length; i++) {
      reports.add(serviceEvents[i].toReports(manifest.services().get(i), hops[i]));
    }
    Map<String, OfficeEvidence> evidence = new LinkedHashMap<>();
    for (Map.Entry<String, OfficeTrack> office : offices.entrySet()) {
      evidence.put(office.getKey(), office.getValue().toEvidence(office.getKey()));
    }
    List<TimelineEntry> firstOverloads = new ArrayList<>();
    for (ServiceEvents events : serviceEvents) {
      if (events.firstOverloadEntry != null) {
        firstOverloads.add(events.firstOverloadEntry);
      }
    }
    return new EventSummary(
        stressorSpans,
        reports,
        firstOverloads,
        statusEvents,
        statusEventsOmitted,
        policy.interventions(),
        evidence,
        groups(rejected),
        delayComponents,
        propagation(),
        executed,
        log);
  }

  private Propagation propagation() {
    Optional<CausalChain> deepest =
        log.deepestId() == 0 ? Optional.empty() : Optional.of(log.chain(log.deepestId()));
    List<ChainShape> kept = new ArrayList<>();
    for (Shape shape : shapes.values()) {
      if (kept.size() == Propagation.MAX_SHAPES_KEPT) {
        break;
      }
      kept.add(new ChainShape(log.chain(shape.exampleId), shape.occurrences));
    }
    boolean edgesKnown = !context.dependsOn().isEmpty();
    return new Propagation(
        deepest,
        kept,
        shapes.size(),
        endpoints,
        edgesKnown,
        degradation.edges(),
        degradation.longestPath(),
        unresolvedCauses);
  }

  static List<RejectedIntentGroup> groups(Map<List<String>, Long> counts) {
    List<RejectedIntentGroup> groups = new ArrayList<>();
    for (Map.Entry<List<String>, Long> group : counts.entrySet()) {
      groups.add(
          new RejectedIntentGroup(group.getKey().get(0), group.getKey().get(1), group.getValue()));
    }
    return groups;
  }

  private static int[][] dependencyIndexes(
      List<String> services, Map<String, List<String>> dependsOn) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < services.size(); i++) {
      index.put(services.get(i), i);
    }
    int[][] dependencies = new int[services.size()][];
    for (int i = 0; i < services.size(); i++) {
      Set<Integer> known = new LinkedHashSet<>();
      for (String dependency : dependsOn.getOrDefault(services.get(i), List.of())) {
        Integer dependencyIndex = index.get(dependency);
        if (dependencyIndex != null && dependencyIndex != i) {
          known.add(dependencyIndex);
        }
      }
      dependencies[i] = known.stream().mapToInt(Integer::intValue).toArray();
    }
    return dependencies;
  }

  /** The chains of one shape: the first endpoint and how many there are. */
  private static final class Shape {
    final long exampleId;
    long occurrences;

    Shape(long exampleId) {
      this.exampleId = exampleId;
    }
  }

  /** The first and last event of one stressor, and the targets its payloads name. */
  private static final class Stressor {
    final String firstType;
    EventRef first;
    String lastType;
    EventRef last;
    long events;
    final Set<String> targets = new LinkedHashSet<>();

    Stressor(String firstType) {
      this.firstType = firstType;
    }

    void add(ExecutedEvent event) {
      EventRef ref = new EventRef(event.id(), event.time());
      first = first == null ? ref : first;
      last = ref;
      lastType = event.type();
      events++;
      if (event.payload().fields().get(TARGETS_FIELD) instanceof List<?> services) {
        services.forEach(service -> targets.add(service.toString()));
      }
    }

    StressorSpan toSpan(String source) {
      return new StressorSpan(
          source, firstType, first, lastType, last, events, List.copyOf(targets));
    }
  }

  /** The degradation and restoration events of one service. */
  private static final class ServiceEvents {
    EventRef firstOverload;
    TimelineEntry firstOverloadEntry;
    long overloads;
    EventRef firstDegraded;
    EventRef firstFailed;
    EventRef firstRestored;

    ServiceReports toReports(String service, int hops) {
      return new ServiceReports(
          service,
          Optional.ofNullable(firstOverload),
          overloads,
          Optional.ofNullable(firstDegraded),
          Optional.ofNullable(firstFailed),
          Optional.ofNullable(firstRestored),
          hops);
    }
  }

  /**
   * The observations of one office after its threshold was crossed. The crossing event comes from
   * {@code metrics.csv}. The office is armed when that event executes, or, without event ids, at
   * the first event at or after the crossing tick.
   */
  private static final class OfficeTrack {
    final TimedValue crossing;
    final Set<String> reactTo;
    final Map<List<String>, Long> rejected = new LinkedHashMap<>();
    boolean armed;
    boolean reportsAddressed;
    Long firstReportAfterCrossing;
    EventRef firstObservationAfterCrossing;

    OfficeTrack(TimedValue crossing, Set<String> reactTo) {
      this.crossing = crossing;
      this.reactTo = reactTo;
      // A crossing in the initial state of a delta-mode file precedes every event.
      this.armed = crossing != null && crossing.eventId() == 0;
    }

    void observe(ExecutedEvent event, String office) {
      if (!armed && crossing != null) {
        armed =
            crossing.eventId() > 0
                ? event.id() == crossing.eventId()
                : event.time() >= crossing.time();
      }
      boolean report = isReportTo(event, office);
      reportsAddressed |= report;
      if (!armed) {
        return;
      }
      if (report && firstReportAfterCrossing == null) {
        firstReportAfterCrossing = event.time();
      }
      if (firstObservationAfterCrossing == null && reactTo.contains(event.type())) {
        firstObservationAfterCrossing = new EventRef(event.id(), event.time());
      }
    }

    OfficeEvidence toEvidence(String office) {
      return new OfficeEvidence(
          office,
          reportsAddressed,
          firstReportAfterCrossing == null
              ? OptionalLong.empty()
              : OptionalLong.of(firstReportAfterCrossing),
          Optional.ofNullable(firstObservationAfterCrossing),
          groups(rejected));
    }
  }
}
