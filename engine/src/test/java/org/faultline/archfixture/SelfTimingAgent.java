package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.latency.Decision;

/** Decides its own latency instead of leaving it to the engine's policy. */
public final class SelfTimingAgent implements Agent {

  @Override
  public void observe(Observation observation, IntentSink intents) {
    Decision decision = Decision.schedule("requested", 0);
    if (decision instanceof Decision.Scheduled) {
      intents.intend(Intent.of(observation.type(), observation.self(), observation.payload()));
    }
  }
}
