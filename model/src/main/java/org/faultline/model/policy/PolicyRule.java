package org.faultline.model.policy;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateView;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.InfrastructureState;
import org.faultline.model.state.StateColumns;

/**
 * A policy office's decision rule: intend an intervention, asking for its institutional delay,
 * when the total stress of the active agents it can see exceeds its threshold, no intervention
 * of its is pending, and budget remains. Immutable.
 */
public final class PolicyRule implements Agent {

  private final StateColumns columns;
  private final InfrastructureEvents events;
  private final double stressThreshold;
  private final long interventionDelay;
  private final Payload intent;
  private final int activeCode;

  /**
   * Creates the rule of one policy office.
   *
   * @param stressThreshold total stress above which it intends to intervene
   * @param interventionDelay delay in ticks it asks for
   * @param budgetRelease budget one intervention releases, carried in the payload
   */
  public PolicyRule(
      StateColumns columns,
      InfrastructureEvents events,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease) {
    this.columns = columns;
    this.events = events;
    this.stressThreshold = stressThreshold;
    this.interventionDelay = interventionDelay;
    this.intent = Payload.builder().put(InfrastructureEvents.BUDGET_RELEASE, budgetRelease).build();
    this.activeCode = columns.status().code(InfrastructureState.ACTIVE);
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    StateView state = observation.state();
    Participant self = observation.self();
    boolean interventionPending =
        state.pending(events.policyIntent, self) > 0
            || state.pending(events.policyIntervention, self) > 0;
    if (interventionPending || !(state.get(columns.resource(), self) > 0)) {
      return;
    }
    if (totalActiveStress(state) > stressThreshold) {
      intents.intend(Intent.of(events.policyIntent, self, intent, interventionDelay));
    }
  }

  private double totalActiveStress(StateView state) {
    double total = 0;
    for (Participant agent : state.agents()) {
      if (state.isVisible(agent) && state.label(columns.status(), agent) == activeCode) {
        total += state.get(columns.stress(), agent);
      }
    }
    return total;
  }
}
