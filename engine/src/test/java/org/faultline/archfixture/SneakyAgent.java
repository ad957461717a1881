package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;

/** Writes its own load into the state store instead of expressing an intent. */
public final class SneakyAgent implements Agent {

  private final StateStore store;
  private final NumericColumn load;

  public SneakyAgent(StateStore store, NumericColumn load) {
    this.store = store;
    this.load = load;
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    store.set(load, observation.self(), 0.0);
  }
}
