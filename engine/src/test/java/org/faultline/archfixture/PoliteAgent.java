package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.state.NumericColumn;

/** Reads its own load through the view and requests a follow-up, as an agent may. */
public final class PoliteAgent implements Agent {

  private final NumericColumn load;

  public PoliteAgent(NumericColumn load) {
    this.load = load;
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    if (observation.state().get(load, observation.self()) > 1.0) {
      intents.intend(Intent.of(observation.type(), observation.self(), observation.payload(), 2));
    }
  }
}
