package org.faultline.model.citizen;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Payload;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.StateColumns;

/**
 * A citizen population's decision rule: after every observed event, intend normal demand, or a
 * demand spike of twice the demand once its own stress reaches its panic threshold. Immutable.
 */
public final class CitizenRule implements Agent {

  private final StateColumns columns;
  private final InfrastructureEvents events;
  private final double panicThreshold;
  private final Payload normal;
  private final Payload spike;

  /**
   * Creates the rule of one citizen population.
   *
   * @param demand load its normal demand adds to every service, in load units
   * @param panicThreshold own stress at or above which it spikes demand
   */
  public CitizenRule(
      StateColumns columns, InfrastructureEvents events, double demand, double panicThreshold) {
    this.columns = columns;
    this.events = events;
    this.panicThreshold = panicThreshold;
    this.normal = Payload.builder().put(InfrastructureEvents.INTENSITY, demand).build();
    this.spike = Payload.builder().put(InfrastructureEvents.INTENSITY, 2 * demand).build();
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    double stress = observation.state().get(columns.stress(), observation.self());
    if (stress >= panicThreshold) {
      intents.intend(Intent.of(events.demandSpike, observation.self(), spike));
    } else {
      intents.intend(Intent.of(events.normalDemand, observation.self(), normal));
    }
  }
}
