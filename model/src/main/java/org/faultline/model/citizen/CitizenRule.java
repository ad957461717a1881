package org.faultline.model.citizen;

import java.util.List;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateView;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.StateColumns;

/**
 * A citizen population's decision rule: after every observed event, intend normal demand, or a
 * demand spike of the escalation factor times the demand once the stress it perceives reaches its
 * panic threshold. Immutable.
 *
 * <p>A population without used services perceives its own stress and demands from every service, as
 * in the reference rules. A population with used services perceives their mean stress, demands from
 * them only, and its intents carry the services and the perceived stress.
 */
public final class CitizenRule implements Agent {

  private final StateColumns columns;
  private final InfrastructureEvents events;
  private final double demand;
  private final double panicThreshold;
  private final double escalation;
  private final List<Participant> uses;
  private final List<String> useIds;
  private final Payload normal;
  private final Payload spike;

  /**
   * Creates the rule of a population that uses every service and perceives its own stress.
   *
   * @param demand load its normal demand adds to every service, in load units
   * @param panicThreshold own stress at or above which it spikes demand to twice its demand
   */
  public CitizenRule(
      StateColumns columns, InfrastructureEvents events, double demand, double panicThreshold) {
    this(columns, events, demand, panicThreshold, 2.0, List.of());
  }

  /**
   * Creates the rule of one citizen population.
   *
   * @param demand load its normal demand adds, in load units
   * @param panicThreshold perceived stress at or above which it escalates
   * @param escalation factor of the escalated demand over the normal demand
   * @param uses the services it uses, or empty for every service and its own stress
   */
  public CitizenRule(
      StateColumns columns,
      InfrastructureEvents events,
      double demand,
      double panicThreshold,
      double escalation,
      List<Participant> uses) {
    this.columns = columns;
    this.events = events;
    this.demand = demand;
    this.panicThreshold = panicThreshold;
    this.escalation = escalation;
    this.uses = List.copyOf(uses);
    this.useIds = uses.stream().map(Participant::id).toList();
    this.normal = Payload.builder().put(InfrastructureEvents.INTENSITY, demand).build();
    this.spike = Payload.builder().put(InfrastructureEvents.INTENSITY, escalation * demand).build();
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    StateView state = observation.state();
    Participant self = observation.self();
    if (uses.isEmpty()) {
      double stress = state.get(columns.stress(), self);
      boolean panics = stress >= panicThreshold;
      intents.intend(
          Intent.of(
              panics ? events.demandSpike : events.normalDemand, self, panics ? spike : normal));
      return;
    }
    double perceived = perceivedStress(state);
    boolean panics = perceived >= panicThreshold;
    Payload payload =
        Payload.builder()
            .put(InfrastructureEvents.INTENSITY, panics ? escalation * demand : demand)
            .put(InfrastructureEvents.SERVICES, useIds)
            .put(InfrastructureEvents.PERCEIVED_STRESS, perceived)
            .build();
    intents.intend(Intent.of(panics ? events.demandSpike : events.normalDemand, self, payload));
  }

  /** Returns the mean stress of the used services. */
  private double perceivedStress(StateView state) {
    double total = 0;
    for (Participant service : uses) {
      total += state.get(columns.stress(), service);
    }
    return total / uses.size();
  }
}
