package org.faultline.model.effect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.state.StateStore;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.state.InfrastructureState;

/**
 * The handler of {@code POLICY_INTERVENTION}: the office releases r = min(budget_release, budget)
 * and allocates it to services by its allocation rule, and its budget falls by what it allocated.
 *
 * <ul>
 *   <li>{@code equal}: r / n to each of the n active services; nothing when none is active.
 *   <li>{@code most_stressed}: all of r to the service with the highest stress the office knows of,
 *       first in declaration order on ties. An office with reports knows the reported stress of the
 *       services it has heard from, and releases nothing before its first report; any other office
 *       knows the true stress of every service.
 *   <li>{@code priority}: all of r to the first service of its priority list that has not failed;
 *       nothing when all have.
 * </ul>
 *
 * <p>Under resource coupling the effective capacity of each receiving service follows its
 * resources. Not thread-safe; it shares the capacity bookkeeping with the other handlers.
 */
final class InterventionEffects {

  private final InfrastructureState state;
  private final List<Participant> services;
  private final Map<String, Participant> servicesById;
  private final List<Participant> offices;
  private final List<PolicySpec> specs;
  private final EffectiveCapacity capacity;
  private final boolean resourceCoupling;
  private final int activeCode;
  private final int failedCode;

  InterventionEffects(
      InfrastructureState state,
      List<Participant> services,
      Map<String, Participant> servicesById,
      List<Participant> offices,
      List<PolicySpec> specs,
      EffectiveCapacity capacity,
      boolean resourceCoupling) {
    this.state = state;
    this.services = List.copyOf(services);
    this.servicesById = Map.copyOf(servicesById);
    this.offices = List.copyOf(offices);
    this.specs = List.copyOf(specs);
    this.capacity = capacity;
    this.resourceCoupling = resourceCoupling;
    this.activeCode = state.status().code(InfrastructureState.ACTIVE);
    this.failedCode = state.status().code(InfrastructureState.FAILED);
  }

  /** Releases and allocates one intervention's budget. */
  void policyIntervention(Event event, EffectContext context) {
    StateStore store = context.state();
    Participant office = event.source();
    PolicySpec spec = specs.get(offices.indexOf(office));
    List<Participant> recipients = recipients(spec, office, store);
    if (recipients.isEmpty()) {
      return;
    }
    double budget = store.get(state.resource(), office);
    double release =
        Math.min(event.payload().getDouble(InfrastructureEvents.BUDGET_RELEASE), budget);
    for (Participant service : recipients) {
      store.add(state.resource(), service, release / recipients.size());
      if (resourceCoupling) {
        capacity.update(store, service.index());
      }
    }
    store.set(state.resource(), office, budget - release);
  }

  private List<Participant> recipients(PolicySpec spec, Participant office, StateStore store) {
    return switch (spec.allocation()) {
      case EQUAL -> activeServices(store);
      case MOST_STRESSED -> mostStressed(spec, office, store);
      case PRIORITY -> firstNotFailed(spec, store);
    };
  }

  private List<Participant> activeServices(StateStore store) {
    List<Participant> active = new ArrayList<>();
    for (Participant service : services) {
      if (store.label(state.status(), service) == activeCode) {
        active.add(service);
      }
    }
    return active;
  }

  private List<Participant> mostStressed(PolicySpec spec, Participant office, StateStore store) {
    Participant chosen = null;
    double highest = Double.NEGATIVE_INFINITY;
    for (Participant service : services) {
      double known = knownStress(spec, office, service, store);
      if (known > highest) {
        highest = known;
        chosen = service;
      }
    }
    return chosen == null ? List.of() : List.of(chosen);
  }

  /**
   * Returns a service's stress in the office's view: the true stress for an office without reports,
   * otherwise the last reported value, or NaN before the first report.
   */
  private double knownStress(
      PolicySpec spec, Participant office, Participant service, StateStore store) {
    if (spec.reportsFrom().isEmpty()) {
      return store.get(state.stress(), service);
    }
    if (!spec.reportsFrom().get().contains(service.id())) {
      return Double.NaN;
    }
    return store.get(state.reportedStress(service.id()), office);
  }

  private List<Participant> firstNotFailed(PolicySpec spec, StateStore store) {
    for (String id : spec.priority()) {
      Participant service = servicesById.get(id);
      if (store.label(state.status(), service) != failedCode) {
        return List.of(service);
      }
    }
    return List.of();
  }
}
