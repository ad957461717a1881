package org.faultline.engine.latency;

import org.faultline.engine.event.Intent;

/**
 * Decides what each intent becomes: latency is a property of the system, not of the agent. The
 * engine calls it once per intent, on the simulation thread, in a deterministic order, so an
 * implementation may keep state (for example the occupancy of a finite-capacity channel).
 */
@FunctionalInterface
public interface LatencyPolicy {

  /**
   * Decides one intent.
   *
   * @param intent what the source would like to happen
   * @param context the current time, the checked requested delay and the random streams
   * @return a schedule decision with its delay components, or a rejection with its reason
   */
  Decision decide(Intent intent, LatencyContext context);
}
