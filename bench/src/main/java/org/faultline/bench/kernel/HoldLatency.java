package org.faultline.bench.kernel;

import org.faultline.engine.event.Intent;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyContext;
import org.faultline.engine.latency.LatencyPolicy;

/**
 * A latency policy that schedules every intent after the next increment of a {@link HoldIncrements}
 * ring. The decisions are built once per ring position, so the policy itself allocates nothing and
 * the simulation variant measures the engine, not the policy.
 *
 * <p>Not thread-safe.
 */
final class HoldLatency implements LatencyPolicy {

  static final String COMPONENT = "hold";

  private final HoldIncrements increments;
  private final Decision[] decisions = new Decision[HoldIncrements.SIZE];

  HoldLatency(HoldIncrements increments) {
    this.increments = increments;
    for (int i = 0; i < decisions.length; i++) {
      decisions[i] = Decision.schedule(COMPONENT, increments.at(i));
    }
  }

  @Override
  public Decision decide(Intent intent, LatencyContext context) {
    return decisions[increments.nextIndex()];
  }

  /** Returns the ring whose increments this policy applies. */
  HoldIncrements increments() {
    return increments;
  }
}
