package org.faultline.bench.kernel;

import java.lang.ref.Reference;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the retained heap per pending event of the engine's {@code EventQueue}, of a bare {@link
 * java.util.PriorityQueue} of {@link HoldEvent} and of a whole hold-model simulation, each with
 * {@value #PENDING} pending events after {@value #HOLDS_PER_PENDING} holds per pending event.
 *
 * <p>Method: the used heap ({@link Runtime#totalMemory()} minus {@link Runtime#freeMemory()}) after
 * {@value #GC_ROUNDS} calls of {@link System#gc()} is read before and after building {@value
 * #COPIES} copies of a structure, which stay reachable; the difference divided by copies times
 * pending events is the figure. Only objects the structure retains count: the shared item of the
 * engine's queue, and the increment ring and latency decisions, exist before the first reading. Run
 * it with {@code -XX:+UseSerialGC}, whose full collection leaves no floating garbage.
 */
public final class QueueFootprint {

  static final int PENDING = 100_000;
  static final int HOLDS_PER_PENDING = 5;
  static final int COPIES = 8;
  static final int GC_ROUNDS = 5;

  private QueueFootprint() {}

  /** Prints bytes per pending event for each structure, one line each. */
  public static void main(String[] args) throws InterruptedException {
    HoldLatency latency = new HoldLatency(new HoldIncrements());

    print("EventQueue", bytesPerPendingEvent(QueueFootprint::eventQueue));
    print("PriorityQueue", bytesPerPendingEvent(QueueFootprint::priorityQueue));
    print("Simulation", bytesPerPendingEvent(() -> simulation(latency)));
  }

  private static Object eventQueue() {
    HoldModelBenchmark.EventQueueHold hold = new HoldModelBenchmark.EventQueueHold();
    hold.fill(PENDING);
    hold.hold(HOLDS_PER_PENDING * PENDING);
    return hold.queue();
  }

  private static Object priorityQueue() {
    HoldModelBenchmark.PriorityQueueHold hold = new HoldModelBenchmark.PriorityQueueHold();
    hold.fill(PENDING);
    hold.hold(HOLDS_PER_PENDING * PENDING);
    return hold.queue();
  }

  private static Object simulation(HoldLatency latency) {
    // Each initial event has its own delay objects, while events scheduled during the run share
    // the policy's precomputed decisions. After five holds per event, under 1% of the pending
    // events are initial ones, because the initial times are exponential with mean 1,000 ticks
    // and the run advances time by about 5,000 ticks.
    HoldModelSimulation simulation =
        new HoldModelSimulation(latency, PENDING, (long) HOLDS_PER_PENDING * PENDING);
    simulation.run();
    return simulation;
  }

  private static double bytesPerPendingEvent(Supplier<Object> build) throws InterruptedException {
    Object[] copies = new Object[COPIES];
    long before = usedHeapAfterGc();
    for (int i = 0; i < COPIES; i++) {
      copies[i] = build.get();
    }
    long after = usedHeapAfterGc();
    Reference.reachabilityFence(copies);
    return (after - before) / ((double) COPIES * PENDING);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < GC_ROUNDS; i++) {
      System.gc();
      Thread.sleep(/* millis= */ 50);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static void print(String structure, double bytes) {
    System.out.println(
        String.format(Locale.ROOT, "%-14s %6.1f bytes per pending event", structure, bytes));
  }
}
