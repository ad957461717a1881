package org.faultline.model.effect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.faultline.engine.effect.EffectContext;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.run.Simulation;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.state.InfrastructureState;

/**
 * The effect handlers of the infrastructure model, one per event type. Each equation is stated on
 * its handler and in docs/model.md.
 *
 * <p>Not thread-safe: the handlers mutate the store they are given and, under the richer dynamics,
 * the bookkeeping they share (perturbations in force and service conditions).
 */
public final class InfrastructureEffects {

  private final InfrastructureEvents events;
  private final InfrastructureState state;
  private final List<Participant> services;
  private final Map<String, Participant> servicesById;
  private final Dynamics dynamics;
  private final Perturbations perturbations;
  private final ServiceConditions conditions;
  private final EffectiveCapacity capacity;
  private final CouplingEffects coupling;
  private final BacklogEffects backlog;
  private final StatusEffects status;
  private final InterventionEffects interventions;
  private final List<List<Participant>> listeners = new ArrayList<>();

  /**
   * Creates the handlers.
   *
   * @param services the services in declaration order, registered as the first agents
   * @param servicesById the same services by id, for stressor targets
   * @param offices the policy offices in declaration order, to deliver reports to
   * @param spec the scenario, for the parameters of the richer dynamics
   * @throws IllegalArgumentException if the services are not the first agents in declaration order,
   *     which the handlers rely on to index them
   */
  public InfrastructureEffects(
      InfrastructureEvents events,
      InfrastructureState state,
      List<Participant> services,
      Map<String, Participant> servicesById,
      List<Participant> offices,
      ScenarioSpec spec) {
    this.events = events;
    this.state = state;
    this.services = List.copyOf(services);
    this.servicesById = Map.copyOf(servicesById);
    this.dynamics = spec.dynamics();
    for (int i = 0; i < services.size(); i++) {
      if (services.get(i).index() != i) {
        throw new IllegalArgumentException(
            "service " + services.get(i) + " must be agent " + i + " to be indexed by declaration");
      }
    }

    this.conditions = new ServiceConditions(services.size());
    this.perturbations = new Perturbations(services.size());
    double[] nominal = spec.services().stream().mapToDouble(ServiceSpec::capacity).toArray();
    double[] resources = spec.services().stream().mapToDouble(ServiceSpec::resource).toArray();
    this.capacity = new EffectiveCapacity(state, services, nominal, resources, dynamics);
    this.coupling =
        dynamics.dependencyCoupling()
            ? new CouplingEffects(
                events, state, services, spec.services(), conditions, perturbations, capacity)
            : null;
    this.backlog =
        dynamics.backlog()
            ? new BacklogEffects(events, state, services, spec.services(), conditions)
            : null;
    long[] repairDelays =
        spec.services().stream().mapToLong(service -> service.backlog().repairDelay()).toArray();
    for (int i = 0; i < services.size(); i++) {
      listeners.add(new ArrayList<>());
    }
    for (int k = 0; k < offices.size(); k++) {
      for (String id : spec.policies().get(k).reportsFrom().orElse(List.of())) {
        listeners.get(servicesById.get(id).index()).add(offices.get(k));
      }
    }
    this.interventions =
        new InterventionEffects(
            state,
            services,
            servicesById,
            offices,
            spec.policies(),
            capacity,
            dynamics.resourceCoupling());
    this.status =
        new StatusEffects(
            events,
            state,
            repairDelays,
            conditions,
            perturbations,
            capacity,
            dynamics.dependencyCoupling());
  }

  /** Registers one handler for each event type of the model. */
  public void registerWith(Simulation.Builder simulation) {
    simulation
        .handle(events.floodImpact, this::floodImpact)
        .handle(events.heatwaveDemand, this::heatwaveDemand)
        .handle(events.normalDemand, this::demand)
        .handle(events.demandSpike, this::demand)
        .handle(events.serviceOverload, this::serviceOverload)
        .handle(events.policyIntent, this::policyIntent)
        .handle(events.policyIntervention, interventions::policyIntervention)
        .handle(events.serviceReport, this::serviceReport);
    if (coupling != null) {
      simulation.handle(events.couplingStep, coupling::couplingStep);
    }
    if (backlog != null) {
      simulation.handle(events.serviceStep, backlog::serviceStep);
    }
    if (dynamics.any()) {
      for (EventType change :
          List.of(events.serviceDegraded, events.serviceFailed, events.serviceRestored)) {
        simulation.handle(change, status::statusChanged);
      }
    }
  }

  /**
   * For each target service s: load(s) += intensity; resource(s) -= resource_drain × intensity.
   * Under resource coupling the effective capacity follows the resources. Under dependency coupling
   * a pulse that carries a perturbation also applies c* = perturbation to each target for
   * perturbation_duration ticks from now.
   */
  private void floodImpact(Event event, EffectContext context) {
    StateStore store = context.state();
    Payload payload = event.payload();
    double intensity = payload.getDouble(InfrastructureEvents.INTENSITY);
    double drain = payload.getDouble(InfrastructureEvents.RESOURCE_DRAIN);
    for (String id : payload.getStrings(InfrastructureEvents.SERVICES)) {
      Participant service = servicesById.get(id);
      store.add(state.load(), service, intensity);
      store.add(state.resource(), service, -(drain * intensity));
      conditions.hit(service.index(), event);
      if (dynamics.resourceCoupling()) {
        capacity.update(store, service.index());
      }
    }
    perturb(event, context);
  }

  /**
   * For each target service s: load(s) += intensity. Under dependency coupling a pulse that carries
   * a perturbation also applies c* = perturbation to each target.
   */
  private void heatwaveDemand(Event event, EffectContext context) {
    Payload payload = event.payload();
    double intensity = payload.getDouble(InfrastructureEvents.INTENSITY);
    for (String id : payload.getStrings(InfrastructureEvents.SERVICES)) {
      Participant service = servicesById.get(id);
      context.state().add(state.load(), service, intensity);
      conditions.hit(service.index(), event);
    }
    perturb(event, context);
  }

  /** Applies a stressor pulse's perturbation c* to its targets, under dependency coupling. */
  private void perturb(Event event, EffectContext context) {
    Payload payload = event.payload();
    if (coupling == null || !payload.has(InfrastructureEvents.PERTURBATION)) {
      return;
    }
    double level = payload.getDouble(InfrastructureEvents.PERTURBATION);
    long duration = (long) payload.getDouble(InfrastructureEvents.PERTURBATION_DURATION);
    for (String id : payload.getStrings(InfrastructureEvents.SERVICES)) {
      Participant service = servicesById.get(id);
      perturbations.add(service.index(), level, context.now() + duration, event);
      context.state().set(state.perturbation(), service, perturbations.level(service.index()));
    }
  }

  /**
   * For every service s, or each of the payload's services when it names them: load(s) +=
   * intensity. A payload with the perceived stress sets the population's stress to it.
   */
  private void demand(Event event, EffectContext context) {
    Payload payload = event.payload();
    double intensity = payload.getDouble(InfrastructureEvents.INTENSITY);
    if (payload.has(InfrastructureEvents.SERVICES)) {
      for (String id : payload.getStrings(InfrastructureEvents.SERVICES)) {
        context.state().add(state.load(), servicesById.get(id), intensity);
      }
    } else {
      for (Participant service : services) {
        context.state().add(state.load(), service, intensity);
      }
    }
    if (payload.has(InfrastructureEvents.PERCEIVED_STRESS)) {
      context
          .state()
          .set(
              state.stress(),
              event.source(),
              payload.getDouble(InfrastructureEvents.PERCEIVED_STRESS));
    }
  }

  /** For the reporting service s: stress(s) += stress_increment. */
  private void serviceOverload(Event event, EffectContext context) {
    double increment = event.payload().getDouble(InfrastructureEvents.STRESS_INCREMENT);
    context.state().add(state.stress(), event.source(), increment);
    conditions.overloaded(event.source().index(), event);
  }

  /**
   * Delivers a service's report: each policy office that lists the service keeps the reported
   * stress in its column {@code reported_stress.SERVICE}.
   */
  private void serviceReport(Event event, EffectContext context) {
    double stress = event.payload().getDouble(InfrastructureEvents.STRESS);
    NumericColumn column = state.reportedStress(event.source().id());
    for (Participant office : listeners.get(event.source().index())) {
      context.state().set(column, office, stress);
    }
  }

  /**
   * Intends the office's intervention, carrying the budget release, with the delay the intent
   * itself requested.
   */
  private void policyIntent(Event event, EffectContext context) {
    long delay = event.delay().requested().orElse(0);
    context.intend(
        Intent.of(events.policyIntervention, event.source(), event.payload(), (double) delay));
  }
}
