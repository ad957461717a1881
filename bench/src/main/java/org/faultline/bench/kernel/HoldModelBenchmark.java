package org.faultline.bench.kernel;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.faultline.engine.queue.EventQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The classic hold model: a fixed number of pending events, where each operation executes the
 * earliest one and schedules one new event at the current time plus an exponential increment (mean
 * {@value HoldIncrements#MEAN_TICKS} ticks, from a shared precomputed ring). The score of every
 * variant is executed events per second.
 *
 * <ul>
 *   <li>{@code priorityQueue}: a bare {@link PriorityQueue} of {@link HoldEvent} ordered by time,
 *       then sequence number, with one new event object per hold; the baseline.
 *   <li>{@code eventQueue}: the engine's {@link EventQueue}, with one shared item, because its keys
 *       live in its own arrays.
 *   <li>{@code simulation}: the whole engine loop of {@link HoldModelSimulation}, built afresh
 *       before each invocation (not measured) and run for {@value #EVENTS_PER_RUN} events.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class HoldModelBenchmark {

  /** Hold operations per invocation of the queue variants, so the harness cost is amortised. */
  static final int HOLDS_PER_INVOCATION = 1_000;

  /** Events per invocation of the simulation variant: one whole run. */
  static final int EVENTS_PER_RUN = 1_000_000;

  /** Number of pending events, constant throughout the run. */
  @Param({"1000", "100000"})
  public int pending;

  /** Executes a batch of holds on a bare {@link PriorityQueue}. */
  @Benchmark
  @OperationsPerInvocation(HOLDS_PER_INVOCATION)
  public long priorityQueue(PriorityQueueHold hold) {
    return hold.hold(HOLDS_PER_INVOCATION);
  }

  /** Executes a batch of holds on the engine's {@link EventQueue}. */
  @Benchmark
  @OperationsPerInvocation(HOLDS_PER_INVOCATION)
  public long eventQueue(EventQueueHold hold) {
    return hold.hold(HOLDS_PER_INVOCATION);
  }

  /** Runs one whole hold-model simulation of {@value #EVENTS_PER_RUN} events. */
  @Benchmark
  @OperationsPerInvocation(EVENTS_PER_RUN)
  public long simulation(SimulationHold hold) {
    return hold.run();
  }

  /**
   * A bare {@link PriorityQueue} filled with pending events.
   *
   * <p>Not thread-safe.
   */
  @State(Scope.Thread)
  public static class PriorityQueueHold {

    private final HoldIncrements increments = new HoldIncrements();
    private PriorityQueue<HoldEvent> queue;
    private long nextSequence;

    /** Fills the queue to the benchmark's number of pending events. */
    @Setup(Level.Trial)
    public void setUp(HoldModelBenchmark benchmark) {
      fill(benchmark.pending);
    }

    void fill(int pending) {
      queue = new PriorityQueue<>();
      for (int i = 0; i < pending; i++) {
        queue.add(new HoldEvent(increments.next(), nextSequence++));
      }
    }

    /** Executes holds and returns the time of the last executed event. */
    long hold(int holds) {
      long now = 0;
      for (int i = 0; i < holds; i++) {
        now = queue.poll().time;
        queue.add(new HoldEvent(now + increments.next(), nextSequence++));
      }
      return now;
    }

    PriorityQueue<HoldEvent> queue() {
      return queue;
    }
  }

  /**
   * The engine's {@link EventQueue} filled with pending events.
   *
   * <p>Not thread-safe.
   */
  @State(Scope.Thread)
  public static class EventQueueHold {

    private static final Object ITEM = new Object();

    private final HoldIncrements increments = new HoldIncrements();
    private EventQueue<Object> queue;

    /** Fills the queue to the benchmark's number of pending events. */
    @Setup(Level.Trial)
    public void setUp(HoldModelBenchmark benchmark) {
      fill(benchmark.pending);
    }

    void fill(int pending) {
      queue = new EventQueue<>();
      for (int i = 0; i < pending; i++) {
        queue.add(increments.next(), ITEM);
      }
    }

    /** Executes holds and returns the time of the last executed event. */
    long hold(int holds) {
      for (int i = 0; i < holds; i++) {
        queue.poll();
        queue.add(queue.now() + increments.next(), ITEM);
      }
      return queue.now();
    }

    EventQueue<Object> queue() {
      return queue;
    }
  }

  /**
   * A hold-model simulation, built before each invocation because a simulation runs once.
   *
   * <p>Not thread-safe.
   */
  @State(Scope.Thread)
  public static class SimulationHold {

    private final HoldLatency latency = new HoldLatency(new HoldIncrements());
    private HoldModelSimulation simulation;

    /** Builds a fresh simulation with the benchmark's number of pending events. */
    @Setup(Level.Invocation)
    public void setUp(HoldModelBenchmark benchmark) {
      build(benchmark.pending);
    }

    void build(int pending) {
      simulation = new HoldModelSimulation(latency, pending, EVENTS_PER_RUN);
    }

    /** Runs the simulation and returns the time of the last executed event. */
    long run() {
      return simulation.run();
    }
  }
}
