package org.faultline.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.EventCatalog;
import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Intent;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Participants;
import org.faultline.engine.event.Payload;
import org.faultline.engine.latency.Decision;
import org.faultline.engine.latency.LatencyPolicy;
import org.faultline.engine.state.LabelColumn;
import org.faultline.engine.state.NumericColumn;
import org.faultline.engine.state.StateStore;
import org.junit.jupiter.api.Test;

/**
 * Runs of a stochastic scenario: a crowd sends 30 arrivals to a desk, the desk requests service for
 * each, and an office watches the desk's load. Arrivals come faster than service, so the desk
 * overloads at times. Every delay gets an exponential jitter from the {@code latency.jitter}
 * stream, so the interleaving of arrivals and services depends on the seed.
 */
class SimulationDeterminismTest {

  private static final long SEED = 42;
  private static final long ARRIVALS = 30;
  private static final double MEAN_JITTER_TICKS = 2.0;

  /*
   * The golden run: the summary and the SHA-256 of the trace of seed 42, recorded from this
   * engine. Any change to ordering, delays, causes, random streams or the trace format changes
   * them, and then they are updated on purpose, never to make a failing run pass.
   */
  private static final String GOLDEN_SUMMARY =
      "finish executed=60 rejected=0 pendingAtHorizon=0 endTime=67";
  private static final String GOLDEN_TRACE_SHA256 =
      "c9ad94ebe8a6d2d71299524150da398e6a931d225b09d49980c775a4b23ec264";

  @Test
  void run_sameSeedTwice_identicalTraces() {
    List<String> first = runScenario(SEED, /* drawModelNoise= */ false);
    List<String> second = runScenario(SEED, /* drawModelNoise= */ false);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void run_otherSeed_otherTrace() {
    List<String> first = runScenario(SEED, /* drawModelNoise= */ false);
    List<String> other = runScenario(SEED + 1, /* drawModelNoise= */ false);

    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void run_handlerDrawsFromAnotherStream_sameTrace() {
    List<String> quiet = runScenario(SEED, /* drawModelNoise= */ false);
    List<String> noisy = runScenario(SEED, /* drawModelNoise= */ true);

    assertThat(noisy).isEqualTo(quiet);
  }

  @Test
  void run_seed42_matchesGoldenSummary() {
    List<String> trace = runScenario(SEED, /* drawModelNoise= */ false);

    assertThat(trace.get(trace.size() - 1)).isEqualTo(GOLDEN_SUMMARY);
  }

  @Test
  void run_seed42_matchesGoldenTraceDigest() {
    List<String> trace = runScenario(SEED, /* drawModelNoise= */ false);

    assertThat(sha256(String.join("\n", trace))).isEqualTo(GOLDEN_TRACE_SHA256);
  }

  /**
   * Runs the scenario and returns its trace. With {@code drawModelNoise}, the ARRIVAL handler also
   * draws from a second stream whose values go nowhere, which must not shift the jitter.
   */
  private static List<String> runScenario(long seed, boolean drawModelNoise) {
    List<String> trace = new ArrayList<>();
    EventCatalog catalog = new EventCatalog();
    EventType arrival = catalog.define("ARRIVAL");
    EventType serve = catalog.define("SERVE");
    Participants participants = new Participants();
    Participant desk = participants.addAgent("desk");
    Participant office = participants.addAgent("office");
    Participant crowd = participants.addExternal("environment:crowd");
    StateStore store = new StateStore(participants);
    NumericColumn load = store.addNumeric("load");
    LabelColumn status = store.addLabel("status", List.of("calm", "overloaded"));
    store.set(load, desk, 0.0);
    store.set(load, office, 0.0);

    Simulation simulation =
        Simulation.builder(catalog, participants, store)
            .seed(seed)
            .latency(jitteredPolicy())
            .handle(
                arrival,
                (event, context) -> {
                  context.state().add(load, desk, 1);
                  if (context.state().get(load, desk) > 2) {
                    context.state().setLabel(status, desk, status.code("overloaded"));
                  }
                  if (drawModelNoise) {
                    context.random("model.noise").nextDouble();
                  }
                  long number = (long) event.payload().getDouble("number");
                  if (number < ARRIVALS) {
                    Payload next = Payload.builder().put("number", number + 1).build();
                    context.intend(Intent.of(arrival, crowd, next, /* requestedDelayTicks= */ 1));
                  }
                })
            .handle(
                serve,
                (event, context) -> {
                  context.state().add(load, desk, -1);
                  if (context.state().get(load, desk) <= 2) {
                    context.state().setLabel(status, desk, status.code("calm"));
                  }
                })
            .agent(
                desk,
                (observation, intents) ->
                    intents.intend(
                        Intent.of(serve, desk, Payload.EMPTY, /* requestedDelayTicks= */ 3)))
            .agent(
                office,
                (observation, intents) ->
                    trace.add("office sees desk load " + observation.state().get(load, desk)))
            .react(arrival, List.of(desk))
            .react(serve, List.of(office))
            .observer(new TraceRecorder(trace, catalog, participants))
            .build();
    simulation.scheduleAt(arrival, crowd, Payload.builder().put("number", 1L).build(), 0);
    simulation.run();
    return trace;
  }

  /** Schedules after the requested delay plus a whole number of ticks of exponential jitter. */
  private static LatencyPolicy jitteredPolicy() {
    return (intent, context) -> {
      double jitter = context.random("latency.jitter").nextExponential(MEAN_JITTER_TICKS);
      return Decision.schedule(
          List.of(
              new DelayComponent("requested", context.requestedTicks().orElse(0)),
              new DelayComponent("jitter", (long) Math.floor(jitter))));
    };
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
