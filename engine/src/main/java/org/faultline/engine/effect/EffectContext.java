package org.faultline.engine.effect;

import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.random.RandomStream;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;

/**
 * What an effect handler may use while it applies one event: the writable store, a read-only
 * view with the engine's pending counts, the current time, random streams, and an intent sink
 * whose intents go through the latency policy with the event as their cause.
 */
public interface EffectContext extends IntentSink {

  /** Returns the writable state store. */
  StateStore state();

  /** Returns the state with the engine's pending counts, unrestricted by visibility. */
  StateView view();

  /** Returns the current logical time in ticks. */
  long now();

  /** Returns the named random stream for a purpose. */
  RandomStream random(String purpose);
}
