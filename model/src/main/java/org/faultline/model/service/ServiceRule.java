package org.faultline.model.service;

import java.util.List;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateView;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.StateColumns;

/**
 * A service's decision rule: report an overload when the load exceeds the effective capacity,
 * unless an earlier report is still unresolved. A service that reports to policy offices also sends
 * them its state whenever no earlier report of its is still on its way, except in reaction to a
 * report.
 *
 * <p>An earlier overload report is unresolved while it is pending, or after it executed while the
 * service's stress is at or above its overload threshold. Immutable.
 */
public final class ServiceRule implements Agent {

  private final StateColumns columns;
  private final EventType overload;
  private final EventType stateReport;
  private final double overloadThreshold;
  private final Payload report;
  private final List<String> recipients;

  /**
   * Creates the rule of one service that reports to no policy office.
   *
   * @param columns the state columns to read
   * @param events the model's event types
   * @param overloadThreshold stress at or above which no new overload is reported
   * @param stressIncrement stress each report adds, carried in the report's payload
   */
  public ServiceRule(
      StateColumns columns,
      InfrastructureEvents events,
      double overloadThreshold,
      double stressIncrement) {
    this(columns, events, overloadThreshold, stressIncrement, List.of());
  }

  /**
   * Creates the rule of one service.
   *
   * @param columns the state columns to read
   * @param events the model's event types
   * @param overloadThreshold stress at or above which no new overload is reported
   * @param stressIncrement stress each report adds, carried in the report's payload
   * @param recipients the policy offices that list the service in their reports_from, in
   *     declaration order; empty when it reports to none
   */
  public ServiceRule(
      StateColumns columns,
      InfrastructureEvents events,
      double overloadThreshold,
      double stressIncrement,
      List<String> recipients) {
    this.columns = columns;
    this.overload = events.serviceOverload;
    this.stateReport = events.serviceReport;
    this.overloadThreshold = overloadThreshold;
    this.report =
        Payload.builder().put(InfrastructureEvents.STRESS_INCREMENT, stressIncrement).build();
    this.recipients = List.copyOf(recipients);
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    StateView state = observation.state();
    Participant self = observation.self();
    // Reporting in reaction to a report could loop within one tick when reports take 0 ticks.
    boolean afterReport = observation.type() == stateReport;
    if (!recipients.isEmpty() && !afterReport && state.pending(stateReport, self) == 0) {
      intents.intend(Intent.of(stateReport, self, stateOf(state, self)));
    }
    double load = state.get(columns.load(), self);
    double capacity = state.get(columns.capacity(), self);
    if (!(load > capacity)) {
      return;
    }
    boolean reportPending = state.pending(overload, self) > 0;
    boolean stressedOut = state.get(columns.stress(), self) >= overloadThreshold;
    if (!reportPending && !stressedOut) {
      intents.intend(Intent.of(overload, self, report));
    }
  }

  /** Returns what a report carries: stress, load, effective capacity, status and recipients. */
  private Payload stateOf(StateView state, Participant self) {
    return Payload.builder()
        .put(InfrastructureEvents.STRESS, state.get(columns.stress(), self))
        .put(InfrastructureEvents.LOAD, state.get(columns.load(), self))
        .put(InfrastructureEvents.CAPACITY, state.get(columns.capacity(), self))
        .put(
            InfrastructureEvents.STATUS,
            columns.status().labels().get(state.label(columns.status(), self)))
        .put(InfrastructureEvents.RECIPIENTS, recipients)
        .build();
  }
}
