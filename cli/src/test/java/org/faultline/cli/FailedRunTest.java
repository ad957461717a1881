package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that a guard stops midway: the reference scenario with limits low enough to trip. The
 * command must exit with status 1, name the guard and the events that ran last, and publish
 * nothing, leaving neither a staging directory nor a changed earlier run behind.
 */
class FailedRunTest {

  private static final String EVENT_LIMIT_SCENARIO =
      TestFiles.referenceScenario() + "limits:\n  max_events: 3\n";

  private static final String ZERO_DELAY_LOOP_SCENARIO =
      TestFiles.referenceScenario() + "limits:\n  max_events_per_instant: 2\n";

  @TempDir static Path directory;

  private static SortedMap<String, String> earlierRun;
  private static CommandResult result;

  @BeforeAll
  static void runIntoEarlierRun() {
    CommandResult earlier =
        FaultlineCommand.inProcess(
            "run", "flood-overload", "--quiet", "--out", directory.resolve("results").toString());
    assertThat(earlier.exitStatus()).as("earlier run; stderr: %s", earlier.stderrText()).isZero();
    earlierRun = TestFiles.snapshot(directory.resolve("results"));
    TestFiles.write(directory.resolve("event-limit.yaml"), EVENT_LIMIT_SCENARIO);

    result =
        FaultlineCommand.inSeparateJvm(
            directory,
            FaultlineCommand.ENGLISH_UTF8,
            "run",
            "event-limit.yaml",
            "--out",
            "results");
  }

  @Test
  void run_eventLimitReached_exitsWithStatus1() {
    assertThat(result.exitStatus()).isEqualTo(1);
  }

  @Test
  void run_eventLimitReached_namesGuardAndEvents() {
    assertThat(result.stderrText())
        .isEqualTo(
            "faultline: the run stopped: event limit reached: 3 events executed by t=1 and 1 still"
                + " pending; the last 3 events were FLOOD_IMPACT from environment:flood (3)\n"
                + "No run directory was written; an earlier one is unchanged.\n");
  }

  @Test
  void run_eventLimitReached_leavesNoStagingDirectory() {
    assertThat(TestFiles.entries(directory)).containsExactly("event-limit.yaml", "results");
  }

  @Test
  void run_eventLimitReached_keepsEarlierRunIntact() {
    assertThat(TestFiles.snapshot(directory.resolve("results"))).isEqualTo(earlierRun);
  }

  @Test
  void run_eventLimitWithoutEarlierRun_publishesNothing(@TempDir Path fresh) {
    Path scenario = TestFiles.write(fresh.resolve("event-limit.yaml"), EVENT_LIMIT_SCENARIO);

    runQuietly(scenario, fresh.resolve("results"));

    assertThat(TestFiles.entries(fresh)).containsExactly("event-limit.yaml");
  }

  @Test
  void run_zeroDelayLoop_exitsWithStatus1(@TempDir Path fresh) {
    Path scenario = TestFiles.write(fresh.resolve("loop.yaml"), ZERO_DELAY_LOOP_SCENARIO);

    CommandResult loop = runQuietly(scenario, fresh.resolve("results"));

    assertThat(loop.exitStatus()).isEqualTo(1);
  }

  @Test
  void run_zeroDelayLoop_namesGuardAndEvents(@TempDir Path fresh) {
    Path scenario = TestFiles.write(fresh.resolve("loop.yaml"), ZERO_DELAY_LOOP_SCENARIO);

    CommandResult loop = runQuietly(scenario, fresh.resolve("results"));

    assertThat(loop.stderrLines())
        .containsExactly(
            "faultline: the run stopped: zero-delay loop: more than 2 events executed at t=1 without time"
                + " advancing; the last 2 events were FLOOD_IMPACT from environment:flood (2)",
            "No run directory was written; an earlier one is unchanged.");
  }

  @Test
  void run_zeroDelayLoop_publishesNothing(@TempDir Path fresh) {
    Path scenario = TestFiles.write(fresh.resolve("loop.yaml"), ZERO_DELAY_LOOP_SCENARIO);

    runQuietly(scenario, fresh.resolve("results"));

    assertThat(TestFiles.entries(fresh)).isEqualTo(List.of("loop.yaml"));
  }

  private static CommandResult runQuietly(Path scenario, Path out) {
    return FaultlineCommand.inProcess(
        "run", scenario.toString(), "--quiet", "--out", out.toString());
  }
}
