package org.faultline.bench.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HoldModelBenchmarkTest {

  private static final int PENDING = 1_000;

  @Test
  void eventQueue_sameHolds_reachesPriorityQueueTime() {
    HoldModelBenchmark.PriorityQueueHold baseline = new HoldModelBenchmark.PriorityQueueHold();
    baseline.fill(PENDING);
    HoldModelBenchmark.EventQueueHold kernel = new HoldModelBenchmark.EventQueueHold();
    kernel.fill(PENDING);

    long baselineTime = baseline.hold(HoldModelBenchmark.HOLDS_PER_INVOCATION);
    long kernelTime = kernel.hold(HoldModelBenchmark.HOLDS_PER_INVOCATION);

    assertThat(kernelTime).isEqualTo(baselineTime);
  }

  @Test
  void simulation_oneRun_reachesPriorityQueueTime() {
    HoldModelBenchmark.PriorityQueueHold baseline = new HoldModelBenchmark.PriorityQueueHold();
    baseline.fill(PENDING);
    HoldModelBenchmark.SimulationHold simulation = new HoldModelBenchmark.SimulationHold();
    simulation.build(PENDING);

    long baselineTime = 0;
    int batches = HoldModelBenchmark.EVENTS_PER_RUN / HoldModelBenchmark.HOLDS_PER_INVOCATION;
    for (int i = 0; i < batches; i++) {
      baselineTime = baseline.hold(HoldModelBenchmark.HOLDS_PER_INVOCATION);
    }
    long simulationTime = simulation.run();

    assertThat(simulationTime).isEqualTo(baselineTime);
  }

  @Test
  void eventQueue_afterHolds_keepsPendingCount() {
    HoldModelBenchmark.EventQueueHold kernel = new HoldModelBenchmark.EventQueueHold();
    kernel.fill(PENDING);

    kernel.hold(HoldModelBenchmark.HOLDS_PER_INVOCATION);

    assertThat(kernel.queue().size()).isEqualTo(PENDING);
  }

  @Test
  void simulation_afterRun_keepsPendingCount() {
    HoldLatency latency = new HoldLatency(new HoldIncrements());
    HoldModelSimulation simulation =
        new HoldModelSimulation(latency, PENDING, /* events= */ 10_000);

    simulation.run();

    assertThat(simulation.pendingCount()).isEqualTo(PENDING);
  }

  @Test
  void holdIncrements_wholeRing_hasMeanNearScale() {
    HoldIncrements increments = new HoldIncrements();
    long sum = 0;
    for (int i = 0; i < HoldIncrements.SIZE; i++) {
      sum += increments.next();
    }

    double mean = (double) sum / HoldIncrements.SIZE;

    // The standard error of the mean of 65,536 exponentials with mean 1,000 is about 4 ticks.
    assertThat(mean).isBetween(980.0, 1_020.0);
  }
}
