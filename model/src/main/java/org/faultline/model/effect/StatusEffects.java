package org.faultline.model.effect;

import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateStore;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.state.InfrastructureState;

/**
 * The handler of the status events {@code SERVICE_DEGRADED}, {@code SERVICE_FAILED} and {@code
 * SERVICE_RESTORED}, whatever their reason: a crossing of an inoperability threshold, a failure
 * from stress, or the repair that ends it.
 *
 * <p>A failure from stress puts the service out of operation until a {@code SERVICE_RESTORED} with
 * reason {@code repair}, which it intends with the service's repair delay and which resets the
 * service's stress to 0. Under dependency coupling the outage also perturbs the service's
 * inoperability with c* = 1 until the repair, so it propagates to the services that depend on it.
 * After every status event the status column becomes failed during an outage and otherwise the
 * status the inoperability announced, and the effective capacity follows.
 *
 * <p>Not thread-safe; it mutates the bookkeeping it shares with the other handlers.
 */
final class StatusEffects {

  /** The {@code reason} of a status change caused by inoperability. */
  static final String INOPERABILITY = "inoperability";

  /** The {@code reason} of a failure from stress. */
  static final String STRESS = "stress";

  /** The {@code reason} of the restoration that ends an outage. */
  static final String REPAIR = "repair";

  private final InfrastructureEvents events;
  private final InfrastructureState state;
  private final long[] repairDelays;
  private final ServiceConditions conditions;
  private final Perturbations perturbations;
  private final EffectiveCapacity capacity;
  private final boolean coupled;

  StatusEffects(
      InfrastructureEvents events,
      InfrastructureState state,
      long[] repairDelays,
      ServiceConditions conditions,
      Perturbations perturbations,
      EffectiveCapacity capacity,
      boolean coupled) {
    this.events = events;
    this.state = state;
    this.repairDelays = repairDelays.clone();
    this.conditions = conditions;
    this.perturbations = perturbations;
    this.capacity = capacity;
    this.coupled = coupled;
  }

  /** Applies a status event of any reason. */
  void statusChanged(Event event, EffectContext context) {
    StateStore store = context.state();
    int index = event.source().index();
    String reason = event.payload().getString(InfrastructureEvents.REASON);
    if (STRESS.equals(reason)) {
      startOutage(event, index, context);
    } else if (REPAIR.equals(reason)) {
      conditions.setOutage(index, false);
      store.set(state.stress(), event.source(), 0.0);
    }
    if (event.type() != events.serviceRestored) {
      conditions.disrupted(index, event);
    }
    store.setLabel(
        state.status(), event.source(), state.status().code(conditions.status(index).label()));
    capacity.update(store, index);
  }

  /** Perturbs the failed service under coupling, and intends its repair after its repair delay. */
  private void startOutage(Event failure, int index, EffectContext context) {
    long delay = repairDelays[index];
    if (coupled) {
      perturbations.add(index, 1.0, context.now() + delay, failure);
    }
    Payload repair =
        Payload.builder()
            .put(InfrastructureEvents.REASON, REPAIR)
            .put(InfrastructureEvents.REPAIR_DELAY, delay)
            .build();
    context.intend(Intent.of(events.serviceRestored, failure.source(), repair, (double) delay));
  }
}
