package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.queue.EventQueue;

/** Keeps an event queue of its own and orders the observed event types in it. */
public final class QueueingAgent implements Agent {

  private final EventQueue<String> queue = new EventQueue<>();

  @Override
  public void observe(Observation observation, IntentSink intents) {
    queue.add(0, observation.type().name());
  }
}
