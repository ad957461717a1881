package org.faultline.model.effect;

import java.util.List;
import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateStore;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.state.InfrastructureState;

/**
 * The handler of the per-tick {@code SERVICE_STEP}: every service serves up to its effective
 * capacity, queues the rest as backlog, gains stress while overloaded and loses it while not, and
 * fails once its stress reaches its failure threshold.
 *
 * <p>A failure from stress records as its cause the origin of the service's inoperability under
 * dependency coupling, otherwise the latest stressor pulse that hit the service, otherwise its
 * latest overload report, and the step itself when there is none of these.
 *
 * <p>Not thread-safe; it mutates the bookkeeping it shares with the other handlers.
 */
final class BacklogEffects {

  private final InfrastructureEvents events;
  private final InfrastructureState state;
  private final List<Participant> services;
  private final Backlog[] parameters;
  private final ServiceConditions conditions;

  BacklogEffects(
      InfrastructureEvents events,
      InfrastructureState state,
      List<Participant> services,
      List<ServiceSpec> specs,
      ServiceConditions conditions) {
    this.events = events;
    this.state = state;
    this.services = List.copyOf(services);
    this.parameters = specs.stream().map(ServiceSpec::backlog).toArray(Backlog[]::new);
    this.conditions = conditions;
  }

  /**
   * Serves every service: served = min(load, capacity), load and backlog become load − served,
   * stress += stress_rise when a backlog remains and otherwise stress = max(0, stress −
   * stress_decay). Then intends the next step.
   */
  void serviceStep(Event step, EffectContext context) {
    StateStore store = context.state();
    for (int i = 0; i < services.size(); i++) {
      Participant service = services.get(i);
      double load = store.get(state.load(), service);
      double served = Math.min(load, Math.max(0.0, store.get(state.capacity(), service)));
      double remaining = load - served;
      store.set(state.load(), service, remaining);
      store.set(state.backlog(), service, remaining);

      Backlog backlog = parameters[i];
      double stress = store.get(state.stress(), service);
      stress =
          remaining > 0
              ? stress + backlog.stressRise()
              : Math.max(0.0, stress - backlog.stressDecay());
      store.set(state.stress(), service, stress);
      failIfStressed(i, stress, step, context);
    }
    context.intend(Intent.of(events.serviceStep, step.source(), Payload.EMPTY));
  }

  private void failIfStressed(int i, double stress, Event step, EffectContext context) {
    Backlog backlog = parameters[i];
    if (backlog.failureThreshold().isEmpty()
        || conditions.inOutage(i)
        || stress < backlog.failureThreshold().getAsDouble()) {
      return;
    }
    conditions.setOutage(i, true);
    Payload failure =
        Payload.builder()
            .put(InfrastructureEvents.REASON, StatusEffects.STRESS)
            .put(InfrastructureEvents.STATUS, ServiceConditions.Condition.FAILED.label())
            .put(InfrastructureEvents.STRESS, stress)
            .put(InfrastructureEvents.THRESHOLD, backlog.failureThreshold().getAsDouble())
            .build();
    Event cause = conditions.stressCause(i);
    context.intend(
        Intent.of(events.serviceFailed, services.get(i), failure), cause == null ? step : cause);
  }
}
