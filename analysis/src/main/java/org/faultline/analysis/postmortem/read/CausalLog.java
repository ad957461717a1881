package org.faultline.analysis.postmortem.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.analysis.postmortem.finding.CausalChain;
import org.faultline.analysis.postmortem.finding.ChainLink;

/**
 * The causal structure of the executed events: per event id a few primitive values in growable
 * arrays, enough to follow any chain of causes back to its root without keeping the events.
 *
 * <p>Memory grows with the number of events, not with the number of metrics rows: about 36 bytes
 * per event id (cause, type, source, time, depth, shape, execution order and nearest degradation),
 * plus one map entry per distinct chain shape. Ids index the arrays directly, because the engine
 * numbers scheduled events from 1 without gaps. The ids of events still pending at the horizon stay
 * unused. Types and sources are interned, so each distinct string is kept once.
 *
 * <p>The shape of a chain is its sequence of (type, source) pairs from the root. Shapes are
 * hash-consed: an event's shape is the pair (shape of its cause, its own type and source), so two
 * chains have the same shape number exactly when their sequences are equal, in constant time per
 * event. Not thread-safe.
 */
final class CausalLog {

  /** Marks the absence of a cause, a shape or a degradation record. */
  static final int NONE = -1;

  // NOTE: ids above this limit are rejected. A run would have to schedule more than two billion
  // events to reach it; long-indexed arrays would lift the limit.
  private static final long MAX_ID = Integer.MAX_VALUE - 8;
  private static final int INITIAL_CAPACITY = 1024;

  private int[] cause;
  private int[] type;
  private int[] source;
  private long[] time;
  private int[] depth;
  private int[] shape;
  private int[] order;
  private int[] degradation;

  private final Interner types = new Interner();
  private final Interner sources = new Interner();
  private final Map<ShapeKey, Integer> shapes = new HashMap<>();
  private int executed;
  private long deepestId;

  /**
   * Creates the log with room for the expected ids, so that a run whose manifest counts are right
   * never copies the arrays to grow them.
   *
   * @param expectedMaxId the highest id expected: the executed and pending events of {@code
   *     run.json}; more ids are accepted
   */
  CausalLog(long expectedMaxId) {
    int capacity = (int) Math.max(INITIAL_CAPACITY, Math.min(MAX_ID, expectedMaxId) + 1);
    cause = new int[capacity];
    type = new int[capacity];
    source = new int[capacity];
    time = new long[capacity];
    depth = new int[capacity];
    shape = new int[capacity];
    order = new int[capacity];
    degradation = new int[capacity];
  }

  /** A chain shape: the shape of the cause's chain extended by one (type, source) pair. */
  private record ShapeKey(int causeShape, int type, int source) {}

  /** Returns whether the id fits the arrays; larger ids are rejected by {@link #add}. */
  static boolean isSupported(long id) {
    return id >= 1 && id <= MAX_ID;
  }

  /**
   * Records an executed event.
   *
   * @param id event id, 1 or more, not yet recorded
   * @param causeId id of its cause, or {@link #NONE}; a cause that was not recorded before is
   *     treated as no cause
   * @param typeName event type
   * @param sourceName event source
   * @param eventTime tick at which it executed
   * @param nearestDegradation its own degradation record if it is a degradation event, else {@link
   *     #NONE}; replaced by the cause's when {@link #NONE}
   * @return whether the cause was resolved: false when a cause id was given but never recorded
   */
  boolean add(
      long id,
      long causeId,
      String typeName,
      String sourceName,
      long eventTime,
      int nearestDegradation) {
    int index = (int) id;
    ensureCapacity(index);
    boolean resolved = causeId == NONE || contains(causeId);
    int parent = resolved && causeId != NONE ? (int) causeId : 0;
    cause[index] = parent;
    type[index] = types.indexOf(typeName);
    source[index] = sources.indexOf(sourceName);
    time[index] = eventTime;
    depth[index] = parent == 0 ? 1 : depth[parent] + 1;
    int parentShape = parent == 0 ? NONE : shape[parent];
    shape[index] =
        shapes.computeIfAbsent(
            new ShapeKey(parentShape, type[index], source[index]), key -> shapes.size());
    order[index] = executed++;
    degradation[index] =
        nearestDegradation != NONE || parent == 0 ? nearestDegradation : degradation[parent];
    if (deepestId == 0 || depth[index] > depth[(int) deepestId]) {
      deepestId = id;
    }
    return resolved;
  }

  /** Returns whether an event with this id was recorded. */
  boolean contains(long id) {
    return id >= 1 && id < depth.length && depth[(int) id] > 0;
  }

  /** Returns the cause id of a recorded event, or 0 for a root. */
  long causeOf(long id) {
    return cause[(int) id];
  }

  /** Returns the chain shape number of a recorded event. */
  int shapeOf(long id) {
    return shape[(int) id];
  }

  /** Returns the position of a recorded event in execution order, from 0. */
  int orderOf(long id) {
    return order[(int) id];
  }

  /** Returns the type of a recorded event. */
  String typeOf(long id) {
    return types.name(type[(int) id]);
  }

  /** Returns the time of a recorded event. */
  long timeOf(long id) {
    return time[(int) id];
  }

  /**
   * Returns the nearest degradation record on the chain of a recorded event, itself included, or
   * {@link #NONE}.
   */
  int degradationOf(long id) {
    return degradation[(int) id];
  }

  /**
   * Returns the id of the first recorded event with the longest chain, or 0 when none was recorded.
   */
  long deepestId() {
    return deepestId;
  }

  /**
   * Returns the chain from the root to a recorded event, keeping {@link
   * CausalChain#LINKS_KEPT_PER_END} events at each end of a long chain. Costs time proportional to
   * the chain's depth.
   */
  CausalChain chain(long id) {
    int length = depth[(int) id];
    int[] ids = new int[length];
    int current = (int) id;
    for (int i = length - 1; i >= 0; i--) {
      ids[i] = current;
      current = cause[current];
    }
    int kept = CausalChain.LINKS_KEPT_PER_END;
    if (length <= 2 * kept) {
      return new CausalChain(length, links(ids, 0, length), List.of());
    }
    return new CausalChain(length, links(ids, 0, kept), links(ids, length - kept, length));
  }

  private List<ChainLink> links(int[] ids, int from, int to) {
    List<ChainLink> links = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      int id = ids[i];
      links.add(new ChainLink(id, types.name(type[id]), sources.name(source[id]), time[id]));
    }
    return links;
  }

  private void ensureCapacity(int index) {
    if (index < depth.length) {
      return;
    }
    int capacity =
        (int) Math.min(MAX_ID + 1, Math.max(index + 1L, depth.length + (depth.length >> 1)));
    cause = Arrays.copyOf(cause, capacity);
    type = Arrays.copyOf(type, capacity);
    source = Arrays.copyOf(source, capacity);
    time = Arrays.copyOf(time, capacity);
    depth = Arrays.copyOf(depth, capacity);
    shape = Arrays.copyOf(shape, capacity);
    order = Arrays.copyOf(order, capacity);
    degradation = Arrays.copyOf(degradation, capacity);
  }

  /** Numbers distinct strings in first-seen order. */
  private static final class Interner {
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int indexOf(String name) {
      Integer index = indexes.get(name);
      if (index == null) {
        index = names.size();
        indexes.put(name, index);
        names.add(name);
      }
      return index;
    }

    String name(int index) {
      return names.get(index);
    }
  }
}
