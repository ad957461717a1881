package org.faultline.engine.agent;

/**
 * A decision rule: observes a read-only view after an event it reacts to and expresses intents. An
 * agent never mutates shared state, never reads the clock and never schedules; the engine decides
 * what each intent becomes. The engine calls agents on one thread in registration order.
 */
@FunctionalInterface
public interface Agent {

  /**
   * Reacts to one observation.
   *
   * @param observation the event that happened and the state as this agent may see it
   * @param intents where to put what the agent would like to happen
   */
  void observe(Observation observation, IntentSink intents);
}
