package org.faultline.engine.latency;

import java.util.OptionalLong;
import org.faultline.engine.random.RandomStream;

/** What a latency policy may consult while it decides one intent. */
public interface LatencyContext {

  /** Returns the current logical time in ticks. */
  long now();

  /**
   * Returns the intent's requested delay in whole ticks, already checked by the engine to be
   * finite, non-negative and whole; empty when the intent asked for none.
   */
  OptionalLong requestedTicks();

  /** Returns the named random stream for a purpose, such as {@code latency.jitter}. */
  RandomStream random(String purpose);
}
