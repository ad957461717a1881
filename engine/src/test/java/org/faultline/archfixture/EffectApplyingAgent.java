package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.effect.EffectHandler;

/** Holds an effect handler, as if it could apply effects itself. */
public final class EffectApplyingAgent implements Agent {

  private final EffectHandler handler;

  public EffectApplyingAgent(EffectHandler handler) {
    this.handler = handler;
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    if (handler == null) {
      throw new IllegalStateException("no handler");
    }
  }
}
