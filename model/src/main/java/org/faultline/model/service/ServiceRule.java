package org.faultline.model.service;

import org.faultline.engine.agent.Agent;
import org.faultline.engine.agent.IntentSink;
import org.faultline.engine.agent.Observation;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateView;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.StateColumns;

/**
 * A service's decision rule: report an overload when the load exceeds the effective capacity,
 * unless an earlier report is still unresolved.
 *
 * <p>An earlier report is unresolved while it is pending, or after it executed while the
 * service's stress is at or above its overload threshold. Immutable.
 */
public final class ServiceRule implements Agent {

  private final StateColumns columns;
  private final EventType overload;
  private final double overloadThreshold;
  private final Payload report;

  /**
   * Creates the rule of one service.
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
    this.columns = columns;
    this.overload = events.serviceOverload;
    this.overloadThreshold = overloadThreshold;
    this.report = Payload.builder().put(InfrastructureEvents.STRESS_INCREMENT, stressIncrement).build();
  }

  @Override
  public void observe(Observation observation, IntentSink intents) {
    StateView state = observation.state();
    double load = state.get(columns.load(), observation.self());
    double capacity = state.get(columns.capacity(), observation.self());
    if (!(load > capacity)) {
      return;
    }
    boolean reportPending = state.pending(overload, observation.self()) > 0;
    boolean stressedOut = state.get(columns.stress(), observation.self()) >= overloadThreshold;
    if (!reportPending && !stressedOut) {
      intents.intend(Intent.of(overload, observation.self(), report));
    }
  }
}
