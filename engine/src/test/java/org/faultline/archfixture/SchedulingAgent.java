package org.faultline.archfixture;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.run.Simulation;

/** Schedules through the simulation instead of expressing an intent. */
public final class SchedulingAgent implements Agent {

  private final Simulation simulation;

  public SchedulingAgent(Simulation simulation) {
    this.simulation = simulation;
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    simulation.scheduleAt(observation.type(), observation.self(), observation.payload(), 0);
  }
}
