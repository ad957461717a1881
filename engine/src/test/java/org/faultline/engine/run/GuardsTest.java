package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.state.StateStore;
import org.junit.jupiter.api.Test;

class GuardsTest {

  private static final long LOOP_START = 5;
  private static final long MAX_PER_INSTANT = 50;
  private static final long MAX_EVENTS = 20;

  private final EventCatalog catalog = new EventCatalog();
  private final EventType echo = catalog.define("ECHO");
  private final EventType tick = catalog.define("TICK");
  private final Participants participants = new Participants();
  private final Participant echoer = participants.addAgent("echoer");
  private final Participant clock = participants.addExternal("environment:clock");
  private final StateStore store = new StateStore(participants);
  private final List<Event> executed = new ArrayList<>();

  @Test
  void run_zeroDelayLoop_trippedAsZeroDelayLoop() {
    GuardTrippedException tripped = catchGuard(zeroDelayLoop());

    assertThat(tripped.kind()).isEqualTo(GuardTrippedException.Kind.ZERO_DELAY_LOOP);
  }

  @Test
  void run_zeroDelayLoop_messageNamesTypeAndSource() {
    GuardTrippedException tripped = catchGuard(zeroDelayLoop());

    assertThat(tripped).hasMessageContaining("ECHO from echoer");
  }

  @Test
  void run_zeroDelayLoop_messageNamesInstantAndLimit() {
    GuardTrippedException tripped = catchGuard(zeroDelayLoop());

    assertThat(tripped)
        .hasMessageContainingAll("more than " + MAX_PER_INSTANT, "at t=" + LOOP_START);
  }

  @Test
  void run_zeroDelayLoop_stopsAtInstant() {
    GuardTrippedException tripped = catchGuard(zeroDelayLoop());

    assertThat(tripped.time()).isEqualTo(LOOP_START);
  }

  @Test
  void run_zeroDelayLoop_executesLimitAtInstant() {
    catchGuard(zeroDelayLoop());

    assertThat(executed)
        .filteredOn(event -> event.time() == LOOP_START)
        .hasSize((int) MAX_PER_INSTANT);
  }

  @Test
  void run_endlessChain_trippedAsEventLimit() {
    GuardTrippedException tripped = catchGuard(endlessChain(MAX_EVENTS));

    assertThat(tripped.kind()).isEqualTo(GuardTrippedException.Kind.EVENT_LIMIT);
  }

  @Test
  void run_endlessChain_messageNamesTypeAndSource() {
    GuardTrippedException tripped = catchGuard(endlessChain(MAX_EVENTS));

    assertThat(tripped).hasMessageContaining("TICK from environment:clock");
  }

  @Test
  void run_endlessChain_executesExactlyLimit() {
    catchGuard(endlessChain(MAX_EVENTS));

    assertThat(executed).hasSize((int) MAX_EVENTS);
  }

  @Test
  void run_chainEndingAtEventLimit_completes() {
    Simulation simulation = chain(/* length= */ MAX_EVENTS, new Guards(1, MAX_EVENTS));

    RunSummary summary = simulation.run();

    assertThat(summary.executed()).isEqualTo(MAX_EVENTS);
  }

  @Test
  void run_burstAtInstantLimit_completes() {
    Simulation simulation =
        builder(Guards.defaults().withMaxEventsPerInstant(3))
            .handle(tick, (event, context) -> {})
            .build();
    for (int i = 0; i < 3; i++) {
      simulation.scheduleAt(tick, clock, Payload.EMPTY, 7);
    }

    RunSummary summary = simulation.run();

    assertThat(summary.executed()).isEqualTo(3);
  }

  @Test
  void run_underBothLimits_unaffected() {
    chain(/* length= */ 10, new Guards(1, 10)).run();
    List<String> guarded = idsAndTimes();
    executed.clear();

    chain(/* length= */ 10, Guards.defaults()).run();

    assertThat(idsAndTimes()).isEqualTo(guarded);
  }

  @Test
  void guards_zeroLimit_rejectedWithValue() {
    assertThatThrownBy(() -> new Guards(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEventsPerInstant must be at least 1, got 0");
  }

  /** Builds a run in which ECHO re-intends itself with delay 0 forever, starting at t=5. */
  private Simulation zeroDelayLoop() {
    Simulation simulation =
        builder(Guards.defaults().withMaxEventsPerInstant(MAX_PER_INSTANT))
            .handle(
                echo,
                (event, context) ->
                    context.intend(Intent.of(echo, event.source(), Payload.EMPTY, 0)))
            .handle(tick, (event, context) -> {})
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 0);
    simulation.scheduleAt(echo, echoer, Payload.EMPTY, LOOP_START);
    return simulation;
  }

  /** Builds a run in which TICK re-intends itself one tick later forever. */
  private Simulation endlessChain(long maxEvents) {
    return chain(Long.MAX_VALUE, Guards.defaults().withMaxEvents(maxEvents));
  }

  /** Builds a run of TICKs one tick apart that stops after {@code length} ticks. */
  private Simulation chain(long length, Guards guards) {
    Simulation simulation =
        builder(guards)
            .handle(
                tick,
                (event, context) -> {
                  if (event.id() < length) {
                    context.intend(
                        Intent.of(tick, clock, Payload.EMPTY, /* requestedDelayTicks= */ 1));
                  }
                })
            .build();
    simulation.scheduleAt(tick, clock, Payload.EMPTY, 0);
    return simulation;
  }

  private Simulation.Builder builder(Guards guards) {
    return Simulation.builder(catalog, participants, store)
        .latency(TraceRecorder.requestedOnly())
        .guards(guards)
        .observer((event, state) -> executed.add(event));
  }

  private List<String> idsAndTimes() {
    return executed.stream().map(event -> "#" + event.id() + "@" + event.time()).toList();
  }

  private static GuardTrippedException catchGuard(Simulation simulation) {
    Throwable thrown = catchThrowable(simulation::run);
    assertThat(thrown).isInstanceOf(GuardTrippedException.class);
    return (GuardTrippedException) thrown;
  }
}
