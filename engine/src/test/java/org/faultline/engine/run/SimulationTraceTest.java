package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.agent.Agent;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;
import org.junit.jupiter.api.Test;

/**
 * A small scripted scenario whose whole trace is asserted. A clock ticks at t=0, 10 and 30, and the
 * horizon is t=10. Each tick makes alpha busy, and the TICK handler sends a PING from alpha to
 * beta. Beta answers every tick with a PONG. Alpha reacts to PING with two intents the engine
 * rejects: a DROP, which the latency policy has no channel for, and a PING with a negative delay.
 */
class SimulationTraceTest {

  private static final long HORIZON = 10;
  private static final long CHANNEL_MINIMUM = 1;

  private final List<String> trace = new ArrayList<>();
  private final EventCatalog catalog = new EventCatalog();
  private final EventType tick = catalog.define("TICK");
  private final EventType ping = catalog.define("PING");
  private final EventType pong = catalog.define("PONG");
  private final EventType drop = catalog.define("DROP");
  private final Participants participants = new Participants();
  private final Participant alpha = participants.addAgent("alpha");
  private final Participant beta = participants.addAgent("beta");
  private final Participant clock = participants.addExternal("environment:clock");
  private final StateStore store = new StateStore(participants);
  private final NumericColumn load = store.addNumeric("load");
  private final LabelColumn status = store.addLabel("status", List.of("idle", "busy"));

  @Test
  void run_scriptedScenario_producesWholeTrace() {
    Simulation simulation = scriptedSimulation();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 0);
    simulation.schedule(tick, clock, Payload.EMPTY, /* delayTicks= */ 10);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 30);

    simulation.run();

    // What the trace shows: each effect line comes before its observer line, which comes before
    // the reactions. The handler's PING (#4) is scheduled before beta's PONG (#5), so at t=2 it
    // executes first, and both name #1 as their cause. Beta reacts to PING before alpha, as given
    // to react, although alpha was registered first. Observers see pending counts before the
    // handler's follow-ups are decided, and beta sees them after. The horizon is inclusive: the
    // tick at t=10 executes, while #3 (t=30), #6 and #7 (t=12) stay pending.
    assertThat(trace)
        .containsExactly(
            "start | alpha load=0.0 status=idle changed | beta load=0.0 status=idle changed"
                + " | pending TICK/environment:clock=3",
            "effect #1 TICK",
            "t=0 #1 TICK from environment:clock cause=- requested=- delay=[scheduled=0]"
                + " | alpha load=1.0 status=busy changed | beta load=0.0 status=idle"
                + " | pending TICK/environment:clock=2",
            "react beta to TICK from environment:clock: pending PING/alpha=1",
            "effect #4 PING",
            "t=2 #4 PING from alpha cause=#1 requested=1 delay=[requested=1, channel_minimum=1]"
                + " | alpha load=1.0 status=busy | beta load=2.0 status=busy changed"
                + " | pending TICK/environment:clock=2 PONG/beta=1",
            "react beta to PING from alpha: own load=2.0",
            "react alpha to PING from alpha",
            "t=2 rejected DROP from alpha cause=#4 requested=- reason=DROP has no channel",
            "t=2 rejected PING from alpha cause=#4 requested=-1.0"
                + " reason=invalid requested delay -1.0 at t=2: a delay must not be negative",
            "effect #5 PONG",
            "t=2 #5 PONG from beta cause=#1 requested=1 delay=[requested=1, channel_minimum=1]"
                + " | alpha load=0.0 status=idle changed | beta load=2.0 status=busy"
                + " | pending TICK/environment:clock=2",
            "effect #2 TICK",
            "t=10 #2 TICK from environment:clock cause=- requested=10 delay=[scheduled=10]"
                + " | alpha load=1.0 status=busy changed | beta load=2.0 status=busy"
                + " | pending TICK/environment:clock=1",
            "react beta to TICK from environment:clock: pending PING/alpha=1",
            "finish executed=4 rejected=2 pendingAtHorizon=3 endTime=10");
  }

  @Test
  void run_scriptedScenario_returnsSummaryOfTrace() {
    Simulation simulation = scriptedSimulation();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 0);
    simulation.schedule(tick, clock, Payload.EMPTY, /* delayTicks= */ 10);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 30);

    RunSummary summary = simulation.run();

    assertThat(summary).isEqualTo(new RunSummary(4, 2, 3, 10));
  }

  @Test
  void run_severalObservers_calledInRegistrationOrder() {
    List<String> calls = new ArrayList<>();
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .handle(tick, (event, context) -> {})
            .observer((event, state) -> calls.add("first #" + event.id()))
            .observer((event, state) -> calls.add("second #" + event.id()))
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 0);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 1);

    simulation.run();

    assertThat(calls).containsExactly("first #1", "second #1", "first #2", "second #2");
  }

  private Simulation scriptedSimulation() {
    store.set(load, alpha, 0.0);
    store.set(load, beta, 0.0);
    int idle = status.code("idle");
    int busy = status.code("busy");

    return Simulation.builder(catalog, participants, store)
        .runId("scripted")
        .horizon(HORIZON)
        .latency(channelPolicy())
        .handle(
            tick,
            (event, context) -> {
              trace.add("effect #" + event.id() + " TICK");
              context.state().add(load, alpha, 1);
              context.state().setLabel(status, alpha, busy);
              Payload size = Payload.builder().put("size", 2L).build();
              context.intend(Intent.of(ping, alpha, size, /* requestedDelayTicks= */ 1));
            })
        .handle(
            ping,
            (event, context) -> {
              trace.add("effect #" + event.id() + " PING");
              context.state().add(load, beta, event.payload().getDouble("size"));
              context.state().setLabel(status, beta, busy);
            })
        .handle(
            pong,
            (event, context) -> {
              trace.add("effect #" + event.id() + " PONG");
              context.state().add(load, alpha, -1);
              context.state().setLabel(status, alpha, idle);
              // Beta is already busy, so this write leaves beta unchanged.
              context.state().setLabel(status, beta, busy);
            })
        .agent(alpha, alphaRule())
        .agent(beta, betaRule())
        .react(tick, List.of(beta))
        .react(ping, List.of(beta, alpha))
        .observer(new TraceRecorder(trace, catalog, participants))
        .build();
  }

  /** Schedules after the requested delay plus a channel minimum, and has no channel for DROP. */
  private LatencyPolicy channelPolicy() {
    return (intent, context) -> {
      if (intent.type() == drop) {
        return Decision.reject("DROP has no channel");
      }
      return Decision.schedule(
          List.of(
              new DelayComponent("requested", context.requestedTicks().orElse(0)),
              new DelayComponent("channel_minimum", CHANNEL_MINIMUM)));
    };
  }

  private Agent alphaRule() {
    return (observation, intents) -> {
      trace.add("react alpha to " + observation.type() + " from " + observation.source());
      intents.intend(Intent.of(drop, alpha, Payload.EMPTY));
      intents.intend(Intent.of(ping, alpha, Payload.EMPTY, /* requestedDelayTicks= */ -1));
    };
  }

  private Agent betaRule() {
    return (observation, intents) -> {
      if (observation.type() == tick) {
        trace.add(
            "react beta to TICK from "
                + observation.source()
                + ": pending PING/alpha="
                + observation.state().pending(ping, alpha));
        intents.intend(Intent.of(pong, beta, Payload.EMPTY, /* requestedDelayTicks= */ 1));
      } else {
        trace.add(
            "react beta to "
                + observation.type()
                + " from "
                + observation.source()
                + ": own load="
                + observation.state().get(load, observation.self()));
      }
    };
  }
}
