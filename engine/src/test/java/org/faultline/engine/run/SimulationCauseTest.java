package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.faultline.engine.effect.EffectHandler;
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

/**
 * How an effect handler attributes a follow-up intent to an earlier executed event: the cause is
 * recorded on the scheduled event or the rejection, and a cause that has not executed fails the
 * handler.
 */
class SimulationCauseTest {

  private final EventCatalog catalog = new EventCatalog();
  private final EventType alarm = catalog.define("ALARM");
  private final EventType tick = catalog.define("TICK");
  private final EventType failure = catalog.define("FAILURE");
  private final Participants participants = new Participants();
  private final Participant clock = participants.addExternal("system:clock");
  private final Participant environment = participants.addExternal("environment:storm");
  private final StateStore store = new StateStore(participants);
  private final List<Event> executed = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final AtomicReference<Event> lastAlarm = new AtomicReference<>();

  @Test
  void intendWithCause_earlierEvent_recordsThatEventAsCause() {
    Simulation simulation =
        withTickHandler(
            (event, context) ->
                context.intend(Intent.of(failure, clock, Payload.EMPTY), lastAlarm.get()));
    Event alarmEvent = simulation.scheduleAt(alarm, environment, Payload.EMPTY, 1);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);

    simulation.run();

    assertThat(executed).extracting(Event::type).containsExactly(alarm, tick, failure);
    assertThat(executed.get(2).cause()).isEqualTo(OptionalLong.of(alarmEvent.id()));
  }

  @Test
  void intendWithCause_eventBeingApplied_recordsItAsCause() {
    Simulation simulation =
        withTickHandler(
            (event, context) -> context.intend(Intent.of(failure, clock, Payload.EMPTY), event));
    Event tickEvent = simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);

    simulation.run();

    assertThat(executed.get(1).cause()).isEqualTo(OptionalLong.of(tickEvent.id()));
  }

  @Test
  void intendWithCause_earlierEventAtSameTime_accepted() {
    Simulation simulation =
        withTickHandler(
            (event, context) ->
                context.intend(Intent.of(failure, clock, Payload.EMPTY), lastAlarm.get()));
    Event alarmEvent = simulation.scheduleAt(alarm, environment, Payload.EMPTY, 2);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);

    simulation.run();

    assertThat(executed.get(2).cause()).isEqualTo(OptionalLong.of(alarmEvent.id()));
  }

  @Test
  void intendWithCause_pendingEventAtLaterTime_failsNamingTheEvent() {
    AtomicReference<Event> pendingAlarm = new AtomicReference<>();
    Simulation simulation =
        withTickHandler(
            (event, context) ->
                context.intend(Intent.of(failure, clock, Payload.EMPTY), pendingAlarm.get()));
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);
    pendingAlarm.set(simulation.scheduleAt(alarm, environment, Payload.EMPTY, 3));

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("to event #2 at t=3: that event has not executed by event #1 at t=2");
  }

  @Test
  void intendWithCause_pendingEventAtSameTime_fails() {
    AtomicReference<Event> pendingAlarm = new AtomicReference<>();
    Simulation simulation =
        withTickHandler(
            (event, context) ->
                context.intend(Intent.of(failure, clock, Payload.EMPTY), pendingAlarm.get()));
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);
    pendingAlarm.set(simulation.scheduleAt(alarm, environment, Payload.EMPTY, 2));

    assertThatThrownBy(simulation::run)
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("has not executed");
  }

  @Test
  void intendWithCause_rejectedIntent_rejectionCarriesAttributedCause() {
    Simulation simulation =
        builder()
            .latency(
                (intent, context) ->
                    intent.type() == failure
                        ? Decision.reject("no channel for failures")
                        : Decision.schedule("requested", 0))
            .handle(
                tick,
                (event, context) ->
                    context.intend(Intent.of(failure, clock, Payload.EMPTY), lastAlarm.get()))
            .build();
    Event alarmEvent = simulation.scheduleAt(alarm, environment, Payload.EMPTY, 1);
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);

    simulation.run();

    assertThat(rejections).hasSize(1);
    assertThat(rejections.get(0).cause()).isEqualTo(OptionalLong.of(alarmEvent.id()));
  }

  @Test
  void intend_withoutCause_stillRecordsEventBeingApplied() {
    Simulation simulation =
        withTickHandler(
            (event, context) -> context.intend(Intent.of(failure, clock, Payload.EMPTY)));
    simulation.scheduleAt(alarm, environment, Payload.EMPTY, 1);
    Event tickEvent = simulation.scheduleAt(tick, clock, Payload.EMPTY, 2);

    simulation.run();

    assertThat(executed.get(2).cause()).isEqualTo(OptionalLong.of(tickEvent.id()));
  }

  private Simulation withTickHandler(EffectHandler tickHandler) {
    return builder().latency(TraceRecorder.requestedOnly()).handle(tick, tickHandler).build();
  }

  /** Returns a builder whose ALARM handler remembers the alarm and whose observer collects. */
  private Simulation.Builder builder() {
    return Simulation.builder(catalog, participants, store)
        .handle(alarm, (event, context) -> lastAlarm.set(event))
        .handle(failure, (event, context) -> {})
        .observer(
            new RunObserver() {
              @Override
              public void eventExecuted(Event event, StateView state) {
                executed.add(event);
              }

              @Override
              public void intentRejected(Rejection rejection) {
                rejections.add(rejection);
              }
            });
  }
}
