package org.faultline.model.effect;

import java.util.List;
import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateStore;
import org.faultline.model.coupling.CouplingMatrix;
import org.faultline.model.effect.ServiceConditions.Condition;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.state.InfrastructureState;

/**
 * The handler of dependency coupling: the per-tick {@code COUPLING_STEP} of the dynamic
 * inoperability input-output model, which announces a status change when a service's inoperability
 * crosses its degradation or failure threshold.
 *
 * <p>A status change records as its cause the event that drove it, not the step that detected it. A
 * worsening is driven by whichever term of A*·q + c* is largest for the service. When that is its
 * direct perturbation c* (which wins ties), the cause is the stressor pulse that applied it. When
 * it is a dependency j with the largest a*[i][j]·q[j], the cause is j's latest degradation or
 * failure while j is degraded or failed, and otherwise whatever drove j at the previous step. An
 * improvement records the degradation or failure it ends. When no such event exists, the step
 * itself is the cause.
 *
 * <p>Not thread-safe; it mutates the bookkeeping it shares with the other handlers.
 */
final class CouplingEffects {

  private final InfrastructureEvents events;
  private final InfrastructureState state;
  private final List<Participant> services;
  private final CouplingMatrix matrix;
  private final Inoperability[] parameters;
  private final int[][] dependencies;
  private final ServiceConditions conditions;
  private final Perturbations perturbations;
  private final EffectiveCapacity capacity;
  private final double[] q;
  private final double[] next;
  private final double[] c;
  private Event[] drivers;

  CouplingEffects(
      InfrastructureEvents events,
      InfrastructureState state,
      List<Participant> services,
      List<ServiceSpec> specs,
      ServiceConditions conditions,
      Perturbations perturbations,
      EffectiveCapacity capacity) {
    this.events = events;
    this.state = state;
    this.services = List.copyOf(services);
    this.matrix = CouplingMatrix.of(specs);
    this.conditions = conditions;
    this.perturbations = perturbations;
    this.capacity = capacity;
    int n = specs.size();
    this.parameters = new Inoperability[n];
    this.dependencies = new int[n][];
    List<String> ids = matrix.ids();
    for (int i = 0; i < n; i++) {
      ServiceSpec spec = specs.get(i);
      parameters[i] = spec.inoperability();
      dependencies[i] = spec.dependsOn().stream().mapToInt(ids::indexOf).toArray();
    }
    this.q = new double[n];
    this.next = new double[n];
    this.c = new double[n];
    this.drivers = new Event[n];
  }

  /**
   * Applies one tick of the model to every service: expires ended perturbations, finds each
   * service's driver, updates q and the effective capacity, announces threshold crossings and
   * intends the next step.
   */
  void couplingStep(Event step, EffectContext context) {
    StateStore store = context.state();
    perturbations.expire(context.now());
    for (int i = 0; i < services.size(); i++) {
      q[i] = store.get(state.inoperability(), services.get(i));
      c[i] = perturbations.level(i);
    }
    // The origins found at the previous step stay in force while this step's drivers are found.
    for (int i = 0; i < services.size(); i++) {
      drivers[i] = driver(i);
    }

    matrix.step(q, c, next);
    for (int i = 0; i < services.size(); i++) {
      Participant service = services.get(i);
      store.set(state.perturbation(), service, c[i]);
      store.set(state.inoperability(), service, next[i]);
      capacity.update(store, i);
    }
    for (int i = 0; i < services.size(); i++) {
      announceCrossing(i, step, drivers[i], context);
    }
    drivers = conditions.replaceOrigins(drivers);
    context.intend(Intent.of(events.couplingStep, step.source(), Payload.EMPTY));
  }

  /**
   * Returns the event behind the largest term of A*·q + c* for a service, or null when all are 0.
   */
  private Event driver(int i) {
    double strongest = c[i];
    Event cause = strongest > 0 ? perturbations.source(i) : null;
    for (int j : dependencies[i]) {
      double term = matrix.coupling(i, j) * q[j];
      if (term > strongest) {
        strongest = term;
        cause = conditions.origin(j);
      }
    }
    return cause;
  }

  private void announceCrossing(int i, Event step, Event driver, EffectContext context) {
    Inoperability thresholds = parameters[i];
    Condition previous = conditions.announced(i);
    Condition now = conditionOf(next[i], thresholds);
    if (now == previous) {
      return;
    }
    conditions.announce(i, now);

    boolean worse = now.compareTo(previous) > 0;
    EventType type;
    Event cause;
    double threshold;
    if (worse) {
      type = now == Condition.FAILED ? events.serviceFailed : events.serviceDegraded;
      cause = driver;
      threshold = now == Condition.FAILED ? thresholds.failedAt() : thresholds.degradedAt();
    } else {
      type = events.serviceRestored;
      cause = conditions.lastDisruption(i);
      threshold = previous == Condition.FAILED ? thresholds.failedAt() : thresholds.degradedAt();
    }
    Payload payload =
        Payload.builder()
            .put(InfrastructureEvents.REASON, StatusEffects.INOPERABILITY)
            .put(InfrastructureEvents.STATUS, now.label())
            .put(InfrastructureEvents.INOPERABILITY, next[i])
            .put(InfrastructureEvents.THRESHOLD, threshold)
            .build();
    context.intend(Intent.of(type, services.get(i), payload), cause == null ? step : cause);
  }

  private static Condition conditionOf(double inoperability, Inoperability thresholds) {
    if (inoperability >= thresholds.failedAt()) {
      return Condition.FAILED;
    }
    return inoperability >= thresholds.degradedAt() ? Condition.DEGRADED : Condition.ACTIVE;
  }
}
