package org.faultline.model.policy;

import java.util.List;
import java.util.Optional;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateView;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.InfrastructureState;
import org.faultline.model.state.StateColumns;

/**
 * A policy office's decision rule: intend an intervention, asking for its institutional delay, when
 * the total stress it knows of exceeds its threshold, no intervention of its is pending, and budget
 * remains. Immutable.
 *
 * <p>An office without reports knows the stress of the active agents it can see. An office with
 * reports sees only itself and knows the sum of the stress its reporting services last reported, as
 * kept in its own reported-stress columns; a service that has not reported yet counts 0.
 */
public final class PolicyRule implements Agent {

  private final StateColumns columns;
  private final InfrastructureEvents events;
  private final double stressThreshold;
  private final long interventionDelay;
  private final Payload intent;
  private final int activeCode;
  private final Optional<List<NumericColumn>> reportedStress;

  /**
   * Creates the rule of one policy office without reports.
   *
   * @param stressThreshold total stress above which it intends to intervene
   * @param interventionDelay delay in ticks it requests
   * @param budgetRelease budget one intervention releases, carried in the payload
   */
  public PolicyRule(
      StateColumns columns,
      InfrastructureEvents events,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease) {
    this(columns, events, stressThreshold, interventionDelay, budgetRelease, Optional.empty());
  }

  /**
   * Creates the rule of one policy office.
   *
   * @param stressThreshold total stress above which it intends to intervene
   * @param interventionDelay delay in ticks it requests
   * @param budgetRelease budget one intervention releases, carried in the payload
   * @param reportedStress the reported-stress columns of the services that report to it, or empty
   *     when it sees the agents directly
   */
  public PolicyRule(
      StateColumns columns,
      InfrastructureEvents events,
      double stressThreshold,
      long interventionDelay,
      double budgetRelease,
      Optional<List<NumericColumn>> reportedStress) {
    this.columns = columns;
    this.events = events;
    this.stressThreshold = stressThreshold;
    this.interventionDelay = interventionDelay;
    this.intent = Payload.builder().put(InfrastructureEvents.BUDGET_RELEASE, budgetRelease).build();
    this.activeCode = columns.status().code(InfrastructureState.ACTIVE);
    this.reportedStress = reportedStress.map(List::copyOf);
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
    double known =
        reportedStress.isPresent() ? totalReportedStress(state, self) : totalActiveStress(state);
    if (known > stressThreshold) {
      intents.intend(Intent.of(events.policyIntent, self, intent, interventionDelay));
    }
  }

  private double totalReportedStress(StateView state, Participant self) {
    double total = 0;
    for (NumericColumn column : reportedStress.orElseThrow()) {
      double reported = state.get(column, self);
      if (!Double.isNaN(reported)) {
        total += reported;
      }
    }
    return total;
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
