package org.faultline.model.latency;

import java.util.OptionalLong;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyContext;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.model.event.InfrastructureEvents;

/**
 * The latency policy of a run: the model's own rules for the types it schedules itself, and the
 * scenario's scheduling table for everything else.
 *
 * <p>The model's rules: {@code COUPLING_STEP} and {@code SERVICE_STEP} after component {@code step}
 * of 1 tick, so each runs once per tick. A status change that requests a delay is scheduled after
 * component {@code repair} of that delay, and any other status change after component {@code
 * transition} of 0 ticks, in the same tick.
 *
 * <p>Not thread-safe when the scheduling table keeps channel state.
 */
public final class InfrastructureLatency implements LatencyPolicy {

  static final String STEP = "step";
  static final String TRANSITION = "transition";
  static final String REPAIR = "repair";

  private final InfrastructureEvents events;
  private final LatencyPolicy table;

  /**
   * Creates the policy.
   *
   * @param events the model's event types
   * @param table the scenario's scheduling table, for the types the model does not schedule
   */
  public InfrastructureLatency(InfrastructureEvents events, LatencyPolicy table) {
    this.events = events;
    this.table = table;
  }

  @Override
  public Decision decide(Intent intent, LatencyContext context) {
    EventType type = intent.type();
    if (type == events.couplingStep || type == events.serviceStep) {
      return Decision.schedule(STEP, 1);
    }
    if (type == events.serviceDegraded
        || type == events.serviceFailed
        || type == events.serviceRestored) {
      OptionalLong requested = context.requestedTicks();
      return requested.isPresent()
          ? Decision.schedule(REPAIR, requested.getAsLong())
          : Decision.schedule(TRANSITION, 0);
    }
    return table.decide(intent, context);
  }
}
