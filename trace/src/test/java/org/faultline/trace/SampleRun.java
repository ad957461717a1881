package org.faultline.trace;

import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.write.EventLogWriter;
import org.faultline.trace.write.ManifestWriter;
import org.faultline.trace.write.MetricsWriter;
import org.faultline.trace.write.ScenarioWriter;

/**
 * A small scripted run written with the real writers. Its four service ids need CSV quoting or are
 * non-ASCII. Its events share times and have ids out of execution order, one of them changes
 * nothing, one intent is rejected, and the numbers exercise the formatting.
 *
 * <p>{@link #main} writes the same run in a separate JVM, so a test can compare the bytes.
 */
public final class SampleRun {

  /** Service ids in declaration order. */
  public static final List<String> SERVICES =
      List.of("Straße \"Nord\", 1", "power", "line\nbreak", "Zürich ✓");

  /** Agent ids in registration order. */
  public static final List<String> AGENTS = List.of("citizen:1", "office:health");

  /** The scenario text written to scenario.yaml. */
  public static final String SCENARIO_TEXT = "name: sample\n# Straße, Zürich ✓\nhorizon: 10\n";

  private static final double[] INITIAL = {0.0, 1.0, 0.0, 10.0};

  private final double[][] state = new double[SERVICES.size()][];
  private final String[] status = new String[SERVICES.size()];
  private final MetricsWriter metrics;
  private final EventLogWriter events;

  private SampleRun(MetricsWriter metrics, EventLogWriter events) {
    this.metrics = metrics;
    this.events = events;
    for (int i = 0; i < SERVICES.size(); i++) {
      state[i] = INITIAL.clone();
      status[i] = "operational";
    }
  }

  /** Writes the four files of the sample run into the directory, in the given metrics mode. */
  public static RunManifest write(Path directory, MetricsMode mode) {
    String scenarioSha256 =
        ScenarioWriter.write(directory.resolve(RunFiles.SCENARIO), SCENARIO_TEXT);
    SampleRun run;
    try (MetricsWriter metrics =
            MetricsWriter.create(directory.resolve(RunFiles.METRICS), SERVICES, mode);
        EventLogWriter events = EventLogWriter.create(directory.resolve(RunFiles.EVENTS))) {
      run = new SampleRun(metrics, events);
      run.play();
    }
    EventLogWriter events = run.events;
    RunManifest manifest =
        new RunManifest(
            "0.1.0",
            new RunManifest.Scenario("sample", "A scripted run for tests", scenarioSha256),
            42,
            10,
            "minute",
            mode,
            SERVICES,
            AGENTS,
            new RunManifest.Counts(events.executedCount(), events.rejectedCount(), 1),
            events.sha256Hex(),
            RunStatus.COMPLETE);
    ManifestWriter.write(directory.resolve(RunFiles.MANIFEST), manifest);
    return manifest;
  }

  /** Writes the sample run in delta mode if the second argument is "delta", else in full mode. */
  public static void main(String[] args) {
    MetricsMode mode =
        args.length > 1 && args[1].equals("delta") ? MetricsMode.DELTA : MetricsMode.FULL;
    write(Path.of(args[0]), mode);
  }

  private void play() {
    recordState(-1, 0, null, null);

    events.beginExecuted(1, 1, "FLOOD_IMPACT", "environment:flood", EventLogWriter.NO_CAUSE, 0);
    events.payloadDouble("intensity", 1.0 / 3);
    events.payloadString("zone", "Straße \"Nord\", 1");
    events.requestedDelay(1);
    events.delayComponent("scheduled", 1);
    events.end();
    state[0][0] = 1.0 / 3;
    state[0][2] = 5.0 - 0.1 - 0.1 - 0.1;
    recordState(1, 1, "FLOOD_IMPACT", "environment:flood");

    events.beginExecuted(2, 1, "REPORT", "office:health", 1, 1);
    events.payloadStrings("services", List.of("power", "Zürich ✓"));
    events.payloadBoolean("urgent", false);
    events.end();
    recordState(2, 1, "REPORT", "office:health");

    events.beginRejected(
        1,
        "NORMAL_DEMAND",
        "citizen:1",
        1,
        "no channel schedules NORMAL_DEMAND in this configuration");
    events.payloadLong("households", 120);
    events.end();

    events.beginExecuted(4, 3, "OUTAGE", "environment:grid", 2, 1);
    events.payloadDouble("missing", Double.NaN);
    events.payloadLong("crews", -2);
    events.requestedDelay(0);
    events.delayComponent("institutional_minimum", 1);
    events.delayComponent("channel_wait", 1);
    events.end();
    state[1][0] = 0.1 + 0.2;
    state[3][3] = Double.NaN;
    status[3] = "degraded";
    recordState(4, 3, "OUTAGE", "environment:grid");

    events.beginExecuted(3, 5, "REPAIR", "office:health", EventLogWriter.NO_CAUSE, 0);
    events.payloadDouble("budget", 1e21);
    events.delayComponent("scheduled", 5);
    events.end();
    state[2][1] = 1e-7;
    state[0][2] = 1e21;
    recordState(3, 5, "REPAIR", "office:health");

    events.beginExecuted(5, 5, "RECOVERY", "power", 3, 5);
    events.payloadDouble("tiny", Double.MIN_VALUE);
    events.end();
    state[1][0] = -0.0;
    state[1][3] = Double.MIN_VALUE;
    status[3] = "operational";
    recordState(5, 5, "RECOVERY", "power");
  }

  private void recordState(long eventId, long time, String type, String source) {
    if (eventId < 0) {
      metrics.beginInitialState();
    } else {
      metrics.beginEvent(eventId, time, type, source);
    }
    for (int i = 0; i < SERVICES.size(); i++) {
      metrics.serviceState(i, state[i][0], state[i][1], state[i][2], state[i][3], status[i]);
    }
    metrics.endEvent();
  }
}
