package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;
import org.junit.jupiter.api.Test;

/** How a run fails when model code fails, and how the builder rejects incomplete setups. */
class SimulationFailureTest {

  private final EventCatalog catalog = new EventCatalog();
  private final EventType tick = catalog.define("TICK");
  private final Participants participants = new Participants();
  private final Participant desk = participants.addAgent("desk");
  private final Participant clock = participants.addExternal("environment:clock");
  private final StateStore store = new StateStore(participants);

  @Test
  void run_handlerThrows_failsNamingTypeAndEvent() {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .handle(
                tick,
                (event, context) -> {
                  throw new IllegalStateException("gauge offline");
                })
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessage("effect handler for TICK failed on event #1 at t=3: gauge offline");
  }

  @Test
  void run_agentThrows_failsNamingAgentAndEvent() {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .handle(tick, (event, context) -> {})
            .agent(
                desk,
                (observation, intents) -> {
                  throw new IllegalStateException("no rule for this case");
                })
            .react(tick, List.of(desk))
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessage("agent desk failed observing event #1 at t=3: no rule for this case");
  }

  @Test
  void run_policyThrows_failsNamingIntent() {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(
                (intent, context) -> {
                  throw new IllegalStateException("channel table is empty");
                })
            .handle(tick, (event, context) -> context.intend(Intent.of(tick, desk, Payload.EMPTY)))
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessage("latency policy failed deciding TICK from desk at t=3: channel table is empty");
  }

  @Test
  void run_policyReturnsNull_failsNamingIntent() {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency((intent, context) -> null)
            .handle(tick, (event, context) -> context.intend(Intent.of(tick, desk, Payload.EMPTY)))
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessage("latency policy failed deciding TICK from desk at t=3: no decision returned");
  }

  @Test
  void run_observerThrowsOnEvent_failsNamingEvent() {
    RunObserver broken =
        (event, state) -> {
          throw new IllegalStateException("disk full");
        };
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .handle(tick, (event, context) -> {})
            .observer(broken)
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessageEndingWith("failed recording event #1 at t=3: disk full");
  }

  @Test
  void run_observerThrowsOnRejection_failsNamingTime() {
    RunObserver broken =
        new RunObserver() {
          @Override
          public void eventExecuted(Event event, StateView state) {}

          @Override
          public void intentRejected(Rejection rejection) {
            throw new IllegalStateException("disk full");
          }
        };
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency((intent, context) -> Decision.reject("closed"))
            .handle(tick, (event, context) -> context.intend(Intent.of(tick, desk, Payload.EMPTY)))
            .observer(broken)
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 3);

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessageEndingWith("failed recording a rejected intent at t=3: disk full");
  }

  @Test
  void build_noLatencyPolicy_rejected() {
    Simulation.Builder builder = Simulation.builder(catalog, participants, store);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a simulation needs a latency policy");
  }

  @Test
  void build_reactingAgentWithoutRule_rejectedNamingAgentAndType() {
    Simulation.Builder builder =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .react(tick, List.of(desk));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("agent desk reacts to TICK but has no decision rule");
  }

  @Test
  void handle_secondHandlerForType_rejectedNamingType() {
    Simulation.Builder builder =
        Simulation.builder(catalog, participants, store).handle(tick, (event, context) -> {});

    assertThatThrownBy(() -> builder.handle(tick, (event, context) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event type TICK already has an effect handler");
  }

  @Test
  void react_externalSource_rejectedNamingIt() {
    Simulation.Builder builder = Simulation.builder(catalog, participants, store);

    assertThatThrownBy(() -> builder.react(tick, List.of(clock)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("environment:clock is not an agent of this simulation");
  }

  @Test
  void react_typeOfOtherCatalog_rejectedNamingIt() {
    EventType foreign = new EventCatalog().define("FOREIGN");
    Simulation.Builder builder = Simulation.builder(catalog, participants, store);

    assertThatThrownBy(() -> builder.react(foreign, List.of(desk)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event type FOREIGN is not in this catalog");
  }

  @Test
  void horizon_negative_rejectedWithValue() {
    Simulation.Builder builder = Simulation.builder(catalog, participants, store);

    assertThatThrownBy(() -> builder.horizon(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizon must be at least 0 ticks, got -1");
  }
}
