package org.faultline.engine.effect;

import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Intent;
import org.faultline.engine.random.RandomStream;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;

/**
 * What an effect handler may use while it applies one event: the writable store, a read-only view
 * with the engine's pending counts, the current time, random streams, and an intent sink whose
 * intents go through the latency policy with the event as their cause, unless the handler
 * attributes an intent to an earlier executed event with {@link #intend(Intent, Event)}.
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

  /**
   * Adds a follow-up intent whose cause is an earlier executed event instead of the event being
   * applied, so that causal lineage can skip a bookkeeping event. For example, a per-tick coupling
   * step attributes a service's failure to the failure of the dependency that drove it.
   *
   * <p>The engine accepts as cause the event being applied and every event of this run that
   * executed before it, which are exactly the events that precede the current one in execution
   * order (time, then id). A rejected intent records the same cause.
   *
   * @param intent the follow-up intent, decided through the latency policy like any other
   * @param cause an event this run has already executed
   * @throws IllegalArgumentException if {@code cause} has not executed yet, naming its id and time
   */
  void intend(Intent intent, Event cause);
}
