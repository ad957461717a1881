package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.state.StateStore;
import org.faultline.engine.state.StateView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the engine rejects bad times and delays: a direct schedule call throws, while an intent of an
 * agent or an effect handler becomes a recorded rejection and the run goes on.
 */
class SimulationSchedulingTest {

  /** The time of the root event during whose processing the intents under test arise. */
  private static final long ROOT_TIME = 5;

  private final EventCatalog catalog = new EventCatalog();
  private final EventType start = catalog.define("START");
  private final EventType work = catalog.define("WORK");
  private final Participants participants = new Participants();
  private final Participant worker = participants.addAgent("worker");
  private final Participant operator = participants.addExternal("environment:operator");
  private final StateStore store = new StateStore(participants);
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Event> executed = new ArrayList<>();

  @ParameterizedTest
  @ValueSource(
      doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1e19})
  void schedule_invalidDelay_rejectedWithValueAndCurrentTime(double delay) {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();

    assertThatThrownBy(() -> simulation.schedule(work, operator, Payload.EMPTY, delay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("with delay " + delay + " ", "at t=0");
  }

  @Test
  void scheduleAt_timeBeforeNow_rejectedWithValueAndCurrentTime() {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();

    assertThatThrownBy(() -> simulation.scheduleAt(work, operator, Payload.EMPTY, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("at t=-3", "current time t=0");
  }

  @Test
  void schedule_negativeZeroDelay_scheduledAtNow() {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();

    Event event = simulation.schedule(work, operator, Payload.EMPTY, -0.0);

    assertThat(event.time()).isZero();
  }

  @Test
  void schedule_wholeDelay_recordsRequestedAndScheduledComponent() {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();

    Event event = simulation.schedule(work, operator, Payload.EMPTY, /* delayTicks= */ 4);

    assertThat(event.delay().requested()).isEqualTo(OptionalLong.of(4));
  }

  @Test
  void schedule_typeWithoutHandler_rejectedNamingType() {
    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .latency(TraceRecorder.requestedOnly())
            .build();

    assertThatThrownBy(() -> simulation.schedule(work, operator, Payload.EMPTY, 0))
        .isInstanceOf(SimulationException.class)
        .hasMessageContaining("no effect handler is registered for event type WORK");
  }

  @Test
  void schedule_afterRun_rejected() {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();
    simulation.run();

    assertThatThrownBy(() -> simulation.schedule(work, operator, Payload.EMPTY, 0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void run_secondTime_rejected() {
    Simulation simulation = builder(TraceRecorder.requestedOnly()).build();
    simulation.run();

    assertThatThrownBy(simulation::run).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1e19})
  void handlerIntent_invalidDelay_recordedAsRejectionWithValueAndTime(double delay) {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, delay));

    assertThat(onlyRejection().reason())
        .startsWith("invalid requested delay " + delay + " at t=" + ROOT_TIME + ": ");
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1e19})
  void agentIntent_invalidDelay_recordedAsRejectionWithValueAndTime(double delay) {
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY, delay));

    assertThat(onlyRejection().reason())
        .startsWith("invalid requested delay " + delay + " at t=" + ROOT_TIME + ": ");
  }

  @Test
  void handlerIntent_negativeDelay_reasonSaysNegative() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, -1.0));

    assertThat(onlyRejection().reason()).endsWith("a delay must not be negative");
  }

  @Test
  void handlerIntent_nanDelay_reasonSaysNaN() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, Double.NaN));

    assertThat(onlyRejection().reason()).endsWith("a delay must be a number of ticks, not NaN");
  }

  @Test
  void handlerIntent_infiniteDelay_reasonSaysFinite() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, Double.POSITIVE_INFINITY));

    assertThat(onlyRejection().reason()).endsWith("a delay must be finite");
  }

  @Test
  void handlerIntent_fractionalDelay_reasonSaysWholeNumber() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, 0.5));

    assertThat(onlyRejection().reason())
        .endsWith("a delay must be a whole number of ticks below 2^63");
  }

  @Test
  void handlerIntent_invalidDelay_rejectionCarriesCauseId() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, -1.0));

    assertThat(onlyRejection().cause()).isEqualTo(OptionalLong.of(1));
  }

  @Test
  void handlerIntent_invalidDelay_runContinuesWithoutIt() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, -1.0));

    assertThat(executed).extracting(Event::type).containsExactly(start);
  }

  @Test
  void handlerIntent_validDelay_scheduledAtNowPlusDelay() {
    runWithHandlerIntent(Intent.of(work, operator, Payload.EMPTY, /* requestedDelayTicks= */ 3));

    assertThat(executed).extracting(Event::time).containsExactly(ROOT_TIME, ROOT_TIME + 3);
  }

  @Test
  void policyReject_agentIntent_recordedWithReason() {
    LatencyPolicy closed = (intent, context) -> Decision.reject("the work channel is closed");
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), closed);

    assertThat(onlyRejection().reason()).isEqualTo("the work channel is closed");
  }

  @Test
  void policyReject_agentIntent_rejectionCarriesCauseId() {
    LatencyPolicy closed = (intent, context) -> Decision.reject("the work channel is closed");
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), closed);

    assertThat(onlyRejection().cause()).isEqualTo(OptionalLong.of(1));
  }

  @Test
  void policyReject_agentIntent_rejectionCarriesIntent() {
    Intent intent = Intent.of(work, worker, Payload.EMPTY, /* requestedDelayTicks= */ 2);
    LatencyPolicy closed = (decided, context) -> Decision.reject("the work channel is closed");
    runWithAgentIntent(intent, closed);

    assertThat(onlyRejection().intent()).isEqualTo(intent);
  }

  @Test
  void policyReject_agentIntent_rejectionAtCurrentTime() {
    LatencyPolicy closed = (intent, context) -> Decision.reject("the work channel is closed");
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), closed);

    assertThat(onlyRejection().time()).isEqualTo(ROOT_TIME);
  }

  @Test
  void policy_requestedDelay_seesItAsWholeTicks() {
    List<OptionalLong> seen = new ArrayList<>();
    LatencyPolicy recording =
        (intent, context) -> {
          seen.add(context.requestedTicks());
          return Decision.schedule("requested", context.requestedTicks().orElse(0));
        };
    runWithAgentIntent(
        Intent.of(work, worker, Payload.EMPTY, /* requestedDelayTicks= */ 7.0), recording);

    assertThat(seen).containsExactly(OptionalLong.of(7));
  }

  @Test
  void policy_noRequestedDelay_seesEmpty() {
    List<OptionalLong> seen = new ArrayList<>();
    LatencyPolicy recording =
        (intent, context) -> {
          seen.add(context.requestedTicks());
          return Decision.schedule("requested", 0);
        };
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), recording);

    assertThat(seen).containsExactly(OptionalLong.empty());
  }

  @Test
  void policy_componentsSumPastLastTime_recordedAsRejection() {
    long half = Long.MAX_VALUE / 2 + 1;
    LatencyPolicy huge =
        (intent, context) ->
            Decision.schedule(
                List.of(
                    new DelayComponent("requested", half),
                    new DelayComponent("channel_minimum", half)));
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), huge);

    assertThat(onlyRejection().reason()).contains("overflows logical time");
  }

  @Test
  void policy_delayPastLastTime_recordedAsRejection() {
    LatencyPolicy huge = (intent, context) -> Decision.schedule("requested", Long.MAX_VALUE - 1);
    runWithAgentIntent(Intent.of(work, worker, Payload.EMPTY), huge);

    assertThat(onlyRejection().reason()).contains("at t=" + ROOT_TIME + " overflows logical time");
  }

  private void runWithHandlerIntent(Intent intent) {
    Simulation simulation =
        builder(TraceRecorder.requestedOnly())
            .handle(start, (event, context) -> context.intend(intent))
            .build();
    simulation.scheduleAt(start, operator, Payload.EMPTY, ROOT_TIME);
    simulation.run();
  }

  private void runWithAgentIntent(Intent intent) {
    runWithAgentIntent(intent, TraceRecorder.requestedOnly());
  }

  private void runWithAgentIntent(Intent intent, LatencyPolicy policy) {
    Simulation simulation =
        builder(policy)
            .handle(start, (event, context) -> {})
            .agent(worker, (observation, intents) -> intents.intend(intent))
            .react(start, List.of(worker))
            .build();
    simulation.scheduleAt(start, operator, Payload.EMPTY, ROOT_TIME);
    simulation.run();
  }

  /** Returns a builder with a WORK handler and an observer that collects events and rejections. */
  private Simulation.Builder builder(LatencyPolicy policy) {
    return Simulation.builder(catalog, participants, store)
        .latency(policy)
        .handle(work, (event, context) -> {})
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

  private Rejection onlyRejection() {
    assertThat(rejections).hasSize(1);
    return rejections.get(0);
  }
}
