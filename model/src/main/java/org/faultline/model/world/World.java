package org.faultline.model.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.run.Guards;
import org.faultline.engine.run.Simulation;
import org.faultline.engine.run.Visibility;
import org.faultline.engine.state.StateStore;
import org.faultline.model.citizen.CitizenRule;
import org.faultline.model.coupling.CouplingMatrix;
import org.faultline.model.effect.InfrastructureEffects;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.latency.InfrastructureLatency;
import org.faultline.model.latency.SchedulingTable;
import org.faultline.model.policy.PolicyRule;
import org.faultline.model.service.ServiceRule;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.InitialEventSpec;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.spec.StressorSpec;
import org.faultline.model.state.InfrastructureState;
import org.faultline.model.state.StateColumns;
import org.faultline.model.stressor.Stressors;
import org.faultline.model.visibility.ReportVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's infrastructure model assembled from a scenario: participants in registration order
 * (services, then citizen populations, then policy offices; stressors as external sources), the
 * state with its initial values, the decision rules, the effect handlers and the scheduling table,
 * ready to become a {@link Simulation}. The external sources {@value #SERVICE_SOURCE} and {@value
 * #COUPLING_SOURCE} drive the per-tick service and coupling steps when backlog and dependency
 * coupling are on.
 *
 * <p>Not thread-safe; a world serves one simulation.
 */
public final class World {

  /** The id of the external source of {@code COUPLING_STEP} events. */
  public static final String COUPLING_SOURCE = "system:coupling";

  /** The id of the external source of {@code SERVICE_STEP} events. */
  public static final String SERVICE_SOURCE = "system:services";

  private static final Logger LOG = LoggerFactory.getLogger(World.class);

  /** How far below 1 a computed spectral radius may fall from rounding and still count as 1. */
  private static final double RADIUS_TOLERANCE = 1e-9;

  private final ScenarioSpec spec;
  private final InfrastructureEvents events = new InfrastructureEvents();
  private final Participants participants = new Participants();
  private final List<Participant> services = new ArrayList<>();
  private final Map<String, Participant> servicesById = new LinkedHashMap<>();
  private final List<Participant> offices = new ArrayList<>();
  private final InfrastructureState state;
  private boolean used;

  private World(ScenarioSpec spec) {
    this.spec = spec;
    for (ServiceSpec service : spec.services()) {
      Participant agent = participants.addAgent(service.id());
      services.add(agent);
      servicesById.put(service.id(), agent);
    }
    for (CitizenSpec citizen : spec.citizens()) {
      participants.addAgent(citizen.id());
    }
    for (PolicySpec policy : spec.policies()) {
      offices.add(participants.addAgent(policy.id()));
    }
    for (StressorSpec stressor : spec.stressors()) {
      participants.addExternal(stressor.id());
    }
    if (spec.dynamics().backlog()) {
      participants.addExternal(SERVICE_SOURCE);
    }
    if (spec.dynamics().dependencyCoupling()) {
      participants.addExternal(COUPLING_SOURCE);
    }
    this.state = new InfrastructureState(participants, reportingServices(spec));
    initialiseState();
  }

  /**
   * Assembles the model of a scenario.
   *
   * @throws IllegalArgumentException if ids repeat or a reference names an unknown participant; the
   *     scenario loader reports these with positions before this point
   */
  public static World of(ScenarioSpec spec) {
    return new World(spec);
  }

  /**
   * Builds the simulation with its initial events scheduled: each stressor's events in declaration
   * order, then the scenario's initial events, then the first service step and the first coupling
   * step at t=1 when backlog and dependency coupling are on. Logs a warning naming the dependency
   * cycles when the coupling matrix has no interior equilibrium.
   *
   * @param observers recorders, called in this order
   * @throws IllegalStateException if called twice
   */
  public Simulation newSimulation(List<RunObserver> observers) {
    if (used) {
      throw new IllegalStateException("a world serves one simulation; assemble a new one");
    }
    used = true;
    couplingWarning().ifPresent(LOG::warn);
    Simulation.Builder builder =
        Simulation.builder(events.catalog(), participants, state.store())
            .runId(spec.name() + "/seed=" + spec.seed())
            .seed(spec.seed())
            .horizon(spec.horizon())
            .latency(
                new InfrastructureLatency(
                    events,
                    new SchedulingTable(events.catalog(), spec.scheduling(), spec.channels())))
            .guards(new Guards(spec.limits().maxEventsPerInstant(), spec.limits().maxEvents()));
    new InfrastructureEffects(events, state, services, servicesById, offices, spec)
        .registerWith(builder);
    registerRules(builder);
    builder.visibility(visibility());
    registerReactions(builder);
    observers.forEach(builder::observer);

    Simulation simulation = builder.build();
    scheduleInitialEvents(simulation);
    return simulation;
  }

  /** Returns the scenario this world was assembled from. */
  public ScenarioSpec spec() {
    return spec;
  }

  /**
   * Returns the visibility the simulation enforces: a policy office with reports_from sees only
   * itself, and every other agent sees every agent.
   */
  public Visibility visibility() {
    Set<Participant> reportsOnly = new LinkedHashSet<>();
    for (int k = 0; k < offices.size(); k++) {
      if (spec.policies().get(k).reportsFrom().isPresent()) {
        reportsOnly.add(offices.get(k));
      }
    }
    return reportsOnly.isEmpty() ? Visibility.everything() : new ReportVisibility(reportsOnly);
  }

  /** Returns the participants: agents in registration order and external sources. */
  public Participants participants() {
    return participants;
  }

  /** Returns the services in declaration order. */
  public List<Participant> services() {
    return Collections.unmodifiableList(services);
  }

  /** Returns the state column handles. */
  public StateColumns columns() {
    return state.columns();
  }

  /** Returns the model's event types. */
  public InfrastructureEvents events() {
    return events;
  }

  private void initialiseState() {
    StateStore store = state.store();
    for (int i = 0; i < spec.services().size(); i++) {
      ServiceSpec service = spec.services().get(i);
      Participant agent = services.get(i);
      store.set(state.stress(), agent, 0.0);
      store.set(state.resource(), agent, service.resource());
      store.set(state.load(), agent, 0.0);
      store.set(state.capacity(), agent, service.capacity());
      if (spec.dynamics().dependencyCoupling()) {
        store.set(state.inoperability(), agent, 0.0);
        store.set(state.perturbation(), agent, 0.0);
      }
      if (spec.dynamics().backlog()) {
        store.set(state.backlog(), agent, 0.0);
      }
    }
    for (CitizenSpec citizen : spec.citizens()) {
      Participant agent = agent(citizen.id());
      store.set(state.stress(), agent, 0.0);
      store.set(state.resource(), agent, citizen.resource());
    }
    for (PolicySpec policy : spec.policies()) {
      Participant agent = agent(policy.id());
      store.set(state.stress(), agent, 0.0);
      store.set(state.resource(), agent, policy.budget());
    }
  }

  private void registerRules(Simulation.Builder builder) {
    StateColumns columns = state.columns();
    for (int i = 0; i < spec.services().size(); i++) {
      ServiceSpec service = spec.services().get(i);
      List<String> recipients = new ArrayList<>();
      for (PolicySpec policy : spec.policies()) {
        if (policy.reportsFrom().orElse(List.of()).contains(service.id())) {
          recipients.add(policy.id());
        }
      }
      builder.agent(
          services.get(i),
          new ServiceRule(
              columns, events, service.overloadThreshold(), service.stressIncrement(), recipients));
    }
    for (CitizenSpec citizen : spec.citizens()) {
      builder.agent(
          agent(citizen.id()),
          new CitizenRule(
              columns,
              events,
              citizen.demand(),
              citizen.panicThreshold(),
              citizen.escalation(),
              citizen.uses().orElse(List.of()).stream().map(servicesById::get).toList()));
    }
    for (PolicySpec policy : spec.policies()) {
      builder.agent(
          agent(policy.id()),
          new PolicyRule(
              columns,
              events,
              policy.stressThreshold(),
              policy.interventionDelay(),
              policy.budgetRelease(),
              policy.reportsFrom().map(ids -> ids.stream().map(state::reportedStress).toList())));
    }
  }

  /**
   * Makes each agent react to the event types of its own {@code react_to}, or of the scenario's
   * when it has none, in registration order.
   */
  private void registerReactions(Simulation.Builder builder) {
    List<List<String>> reactions = new ArrayList<>();
    spec.services().forEach(service -> reactions.add(service.reactTo().orElse(spec.reactTo())));
    spec.citizens().forEach(citizen -> reactions.add(citizen.reactTo().orElse(spec.reactTo())));
    spec.policies().forEach(policy -> reactions.add(policy.reactTo().orElse(spec.reactTo())));
    for (EventType type : events.all()) {
      List<Participant> reacting = new ArrayList<>();
      for (int i = 0; i < reactions.size(); i++) {
        if (reactions.get(i).contains(type.name())) {
          reacting.add(participants.agent(i));
        }
      }
      if (!reacting.isEmpty()) {
        builder.react(type, reacting);
      }
    }
  }

  /**
   * Returns the services that some policy office lists in its reports_from, in declaration order.
   */
  private static List<String> reportingServices(ScenarioSpec spec) {
    Set<String> listed = new LinkedHashSet<>();
    for (PolicySpec policy : spec.policies()) {
      listed.addAll(policy.reportsFrom().orElse(List.of()));
    }
    return spec.services().stream().map(ServiceSpec::id).filter(listed::contains).toList();
  }

  private void scheduleInitialEvents(Simulation simulation) {
    for (StressorSpec stressor : spec.stressors()) {
      Participant source = participants.find(stressor.id()).orElseThrow();
      Stressors.schedule(stressor, source, events, simulation);
    }
    for (InitialEventSpec initial : spec.initialEvents()) {
      Payload payload =
          Payload.builder().put(InfrastructureEvents.INTENSITY, initial.intensity()).build();
      simulation.schedule(
          type(initial.type()), agent(initial.source()), payload, (double) initial.delay());
    }
    // Each step schedules its successor, so the service step keeps running first in every tick.
    if (spec.dynamics().backlog()) {
      Participant source = participants.find(SERVICE_SOURCE).orElseThrow();
      simulation.schedule(events.serviceStep, source, Payload.EMPTY, /* delayTicks= */ 1);
    }
    if (spec.dynamics().dependencyCoupling()) {
      Participant source = participants.find(COUPLING_SOURCE).orElseThrow();
      simulation.schedule(events.couplingStep, source, Payload.EMPTY, /* delayTicks= */ 1);
    }
  }

  /**
   * Returns the warning a run logs before it starts when dependency coupling is on and the spectral
   * radius of A* is at least 1, within rounding of 1e-9. Then I − A* has no nonnegative inverse,
   * the model has no interior equilibrium, and inoperability on the dependency cycles grows until
   * it saturates at 1. The warning names the services of each cycle.
   *
   * @return the warning, or empty when coupling is off or the radius is below 1
   */
  public Optional<String> couplingWarning() {
    if (!spec.dynamics().dependencyCoupling()) {
      return Optional.empty();
    }
    CouplingMatrix matrix = CouplingMatrix.of(spec.services());
    double radius = matrix.spectralRadius();
    if (radius < 1 - RADIUS_TOLERANCE) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "scenario %s: the dependency coupling has spectral radius %.6f ≥ 1, so inoperability has"
                + " no interior equilibrium: under a lasting perturbation it grows until it saturates"
                + " at 1; the dependency cycles whose coupling causes this: %s",
            spec.name(),
            radius,
            matrix.cyclesWithRadiusAtLeast(1 - RADIUS_TOLERANCE)));
  }

  private Participant agent(String id) {
    return participants
        .find(id)
        .filter(Participant::isAgent)
        .orElseThrow(() -> new IllegalArgumentException("no agent has id " + id));
  }

  private EventType type(String name) {
    return events
        .catalog()
        .find(name)
        .orElseThrow(() -> new IllegalArgumentException("no event type is named " + name));
  }
}
