package org.faultline.analysis.postmortem.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultline.analysis.postmortem.finding.DegradationPath;
import org.faultline.analysis.postmortem.finding.DependencyEdge;
import org.faultline.analysis.postmortem.finding.EventRef;

/**
 * Finds which dependency edges carried degradation, and the longest degradation path, from the
 * degradation events in execution order.
 *
 * <p>The edge d → s carried degradation when a degradation event at s has a degradation event at d
 * among its causes. Each degradation event is a record with its service, the nearest degradation
 * record among its causes, and the hops of the longest degradation path ending at it. Those hops
 * are one more than the longest path ending at a cause at one of its dependencies, or 0 when no
 * cause is at a dependency. Checking a new event walks its degradation ancestors only, skipping
 * every other event, so the cost per event is the number of degradation events among its causes.
 * Records take about 40 bytes each. Not thread-safe.
 */
final class DegradationTracker {

  // NOTE: a run whose degradation events cause one another in long chains makes the walk
  // quadratic in the chain length. The models of this version stop reporting overloads once
  // stress reaches the overload threshold, which keeps such chains short.

  private static final int INITIAL_CAPACITY = 64;

  private final List<String> services;
  private final int[][] dependencies;
  private final Map<Long, Carry> carried = new LinkedHashMap<>();

  private long[] eventId = new long[INITIAL_CAPACITY];
  private long[] eventTime = new long[INITIAL_CAPACITY];
  private int[] service = new int[INITIAL_CAPACITY];
  private int[] parent = new int[INITIAL_CAPACITY];
  private int[] hops = new int[INITIAL_CAPACITY];
  private int[] predecessor = new int[INITIAL_CAPACITY];
  private String[] type = new String[INITIAL_CAPACITY];
  private int count;
  private int longest = CausalLog.NONE;
  private final int[] maxHopsByService;

  /** Counts the degradation events an edge carried, and remembers the first pair. */
  private static final class Carry {
    long events;
    int lastRecord = CausalLog.NONE;
    EventRef firstCause;
    EventRef firstEffect;
  }

  /**
   * Creates the tracker.
   *
   * @param services service ids in declaration order
   * @param dependencies per service, the indexes of the services it depends on, in file order
   */
  DegradationTracker(List<String> services, int[][] dependencies) {
    this.services = List.copyOf(services);
    this.dependencies = dependencies;
    this.maxHopsByService = new int[services.size()];
  }

  /**
   * Records a degradation event and returns its record number.
   *
   * @param id event id
   * @param time tick at which it executed
   * @param typeName its type
   * @param serviceIndex index of the service that produced it
   * @param causeRecord the nearest degradation record among its causes, or {@link CausalLog#NONE}
   */
  int add(long id, long time, String typeName, int serviceIndex, int causeRecord) {
    ensureCapacity();
    int record = count++;
    eventId[record] = id;
    eventTime[record] = time;
    type[record] = typeName;
    service[record] = serviceIndex;
    parent[record] = causeRecord;

    int best = 0;
    int bestPredecessor = CausalLog.NONE;
    for (int ancestor = causeRecord; ancestor != CausalLog.NONE; ancestor = parent[ancestor]) {
      int dependency = service[ancestor];
      if (!dependsOn(serviceIndex, dependency)) {
        continue;
      }
      countCarry(dependency, serviceIndex, ancestor, record);
      if (hops[ancestor] + 1 > best) {
        best = hops[ancestor] + 1;
        bestPredecessor = ancestor;
      }
    }
    hops[record] = best;
    predecessor[record] = bestPredecessor;
    maxHopsByService[serviceIndex] = Math.max(maxHopsByService[serviceIndex], best);
    if (longest == CausalLog.NONE || best > hops[longest]) {
      longest = record;
    }
    return record;
  }

  private void countCarry(int dependency, int dependent, int ancestor, int record) {
    Carry carry = carried.computeIfAbsent(edgeKey(dependency, dependent), key -> new Carry());
    if (carry.lastRecord == record) {
      // Another ancestor at the same dependency: the event counts once per edge.
      return;
    }
    carry.events++;
    carry.lastRecord = record;
    if (carry.firstCause == null) {
      // The walk goes from the nearest ancestor back, so this is the nearest cause at the
      // dependency.
      carry.firstCause = new EventRef(eventId[ancestor], eventTime[ancestor]);
      carry.firstEffect = new EventRef(eventId[record], eventTime[record]);
    }
  }

  /** Returns the most hops of a degradation path ending at each service, in declaration order. */
  int[] maxHopsByService() {
    return maxHopsByService.clone();
  }

  /**
   * Returns every dependency edge in declaration order of the dependent, then of its dependencies.
   */
  List<DependencyEdge> edges() {
    List<DependencyEdge> edges = new ArrayList<>();
    for (int dependent = 0; dependent < dependencies.length; dependent++) {
      for (int dependency : dependencies[dependent]) {
        Carry carry = carried.get(edgeKey(dependency, dependent));
        edges.add(
            new DependencyEdge(
                services.get(dependency),
                services.get(dependent),
                carry == null ? 0 : carry.events,
                carry == null ? Optional.empty() : Optional.of(carry.firstCause),
                carry == null ? Optional.empty() : Optional.of(carry.firstEffect)));
      }
    }
    return edges;
  }

  /** Returns the first degradation path with the most hops, or empty without degradation events. */
  Optional<DegradationPath> longestPath() {
    if (longest == CausalLog.NONE) {
      return Optional.empty();
    }
    List<DegradationPath.Step> steps = new ArrayList<>();
    for (int record = longest; record != CausalLog.NONE; record = predecessor[record]) {
      steps.add(
          0,
          new DegradationPath.Step(
              services.get(service[record]),
              new EventRef(eventId[record], eventTime[record]),
              type[record]));
    }
    return Optional.of(new DegradationPath(steps));
  }

  private boolean dependsOn(int dependent, int dependency) {
    for (int candidate : dependencies[dependent]) {
      if (candidate == dependency) {
        return true;
      }
    }
    return false;
  }

  private static long edgeKey(int dependency, int dependent) {
    return ((long) dependency << 32) | (dependent & 0xFFFFFFFFL);
  }

  private void ensureCapacity() {
    if (count < eventId.length) {
      return;
    }
    int capacity = eventId.length + (eventId.length >> 1);
    eventId = Arrays.copyOf(eventId, capacity);
    eventTime = Arrays.copyOf(eventTime, capacity);
    service = Arrays.copyOf(service, capacity);
    parent = Arrays.copyOf(parent, capacity);
    hops = Arrays.copyOf(hops, capacity);
    predecessor = Arrays.copyOf(predecessor, capacity);
    type = Arrays.copyOf(type, capacity);
  }
}
