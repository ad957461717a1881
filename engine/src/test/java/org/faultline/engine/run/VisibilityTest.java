package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;
import org.junit.jupiter.api.Test;

/** Partial information: an office may read the services that report to it, and no other. */
class VisibilityTest {

  private final EventCatalog catalog = new EventCatalog();
  private final EventType report = catalog.define("REPORT");
  private final Participants participants = new Participants();
  private final Participant office = participants.addAgent("office");
  private final Participant water = participants.addAgent("service:water");
  private final Participant power = participants.addAgent("service:power");
  private final Participant clock = participants.addExternal("environment:clock");
  private final StateStore store = new StateStore(participants);
  private final NumericColumn stress = store.addNumeric("stress");

  /** The office may read only the water service, and services may read every agent. */
  private final Visibility officeSeesWater =
      (observer, subject) -> observer != office || subject == water;

  @Test
  void run_agentReadsHiddenAgent_failsNamingBoth() {
    Simulation simulation =
        simulation(office, (observation, intents) -> observation.state().get(stress, power));

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessageContainingAll(
            "agent office failed", "office cannot see the state of service:power");
  }

  @Test
  void run_agentReadsHiddenLabel_failsWithIllegalStateCause() {
    store.addLabel("status", List.of("active", "failed"));
    Simulation simulation =
        simulation(
            office,
            (observation, intents) ->
                observation.state().label(observation.state().labelColumns().get(0), power));

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void run_agentReadsVisibleAgent_seesValue() {
    store.set(stress, water, 0.25);
    List<Double> seen = new ArrayList<>();
    Simulation simulation =
        simulation(
            office, (observation, intents) -> seen.add(observation.state().get(stress, water)));

    simulation.run();

    assertThat(seen).containsExactly(0.25);
  }

  @Test
  void isVisible_agentsInOfficeView_onlySelfAndReportingService() {
    List<Boolean> visible = new ArrayList<>();
    Simulation simulation =
        simulation(
            office,
            (observation, intents) -> {
              for (Participant agent : observation.state().agents()) {
                visible.add(observation.state().isVisible(agent));
              }
            });

    simulation.run();

    assertThat(visible).containsExactly(true, true, false);
  }

  @Test
  void isVisible_agentsInServiceView_all() {
    List<Boolean> visible = new ArrayList<>();
    Simulation simulation =
        simulation(
            power,
            (observation, intents) -> {
              for (Participant agent : observation.state().agents()) {
                visible.add(observation.state().isVisible(agent));
              }
            });

    simulation.run();

    assertThat(visible).containsExactly(true, true, true);
  }

  @Test
  void isVisible_observerView_allAgents() {
    List<Boolean> visible = new ArrayList<>();
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .visibility(officeSeesWater)
            .handle(report, (event, context) -> {})
            .observer(
                (event, state) -> {
                  for (Participant agent : state.agents()) {
                    visible.add(state.isVisible(agent));
                  }
                })
            .build();
    simulation.scheduleAt(report, clock, Payload.EMPTY, 0);

    simulation.run();

    assertThat(visible).containsExactly(true, true, true);
  }

  @Test
  void isVisible_secondAgentAfterRestrictedOne_seesAll() {
    // The engine re-aims one view at each reacting agent; the office's restriction must not
    // carry over to the agent after it.
    List<Boolean> visible = new ArrayList<>();
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .visibility(officeSeesWater)
            .handle(report, (event, context) -> {})
            .agent(office, (observation, intents) -> {})
            .agent(
                power, (observation, intents) -> visible.add(observation.state().isVisible(power)))
            .react(report, List.of(office, power))
            .build();
    simulation.scheduleAt(report, clock, Payload.EMPTY, 0);

    simulation.run();

    assertThat(visible).containsExactly(true);
  }

  private Simulation simulation(Participant reacting, Agent rule) {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .visibility(officeSeesWater)
            .handle(report, (event, context) -> {})
            .agent(reacting, rule)
            .react(report, List.of(reacting))
            .build();
    simulation.scheduleAt(report, clock, Payload.EMPTY, 0);
    return simulation;
  }
}
