package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The options of {@code faultline} and of {@code faultline run}: what they change in a run and in
 * its run directory, and the help, version and usage messages.
 */
class OptionsTest {

  private static final String DELTA_METRICS =
      String.join(
          "\r\n",
          "time,event_type,source,service_id,stress_level,resource_level,load,effective_capacity,status,event_id",
          "0,INITIAL_STATE,initial,transport,0.0,5.0,0.0,5.0,active,0",
          "0,INITIAL_STATE,initial,emergency,0.0,3.0,0.0,3.0,active,0",
          "0,INITIAL_STATE,initial,power,0.0,4.0,0.0,4.0,active,0",
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.9,1.0,5.0,active,1",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.9,1.0,3.0,active,1",
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.800000000000001,2.0,5.0,active,2",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.8,2.0,3.0,active,2",
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.700000000000001,3.0,5.0,active,3",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.6999999999999997,3.0,3.0,active,3",
          "1,NORMAL_DEMAND,citizen:1,transport,0.0,4.700000000000001,4.0,5.0,active,4",
          "1,NORMAL_DEMAND,citizen:1,emergency,0.0,2.6999999999999997,4.0,3.0,active,4",
          "1,NORMAL_DEMAND,citizen:1,power,0.0,4.0,1.0,4.0,active,4",
          "2,SERVICE_OVERLOAD,emergency,emergency,0.3333333333333333,2.6999999999999997,4.0,3.0,active,5",
          "");

  @TempDir Path directory;

  @Test
  void run_seedOption_recordsSeedInRunJson() {
    Path run = runReference("--seed", "7");

    assertThat(TestFiles.json(run.resolve("run.json")).get("seed").longValue()).isEqualTo(7);
  }

  @Test
  void run_seedOption_writesSeedIntoScenarioYaml() {
    Path run = runReference("--seed", "7");

    assertThat(TestFiles.text(run.resolve("scenario.yaml")).lines())
        .contains("seed: 7")
        .doesNotContain("seed: 42");
  }

  @Test
  void run_untilOption_recordsHorizonInRunJson() {
    Path run = runReference("--until", "1");

    assertThat(TestFiles.json(run.resolve("run.json")).get("horizon").longValue()).isEqualTo(1);
  }

  @Test
  void run_untilOption_leavesLaterEventsPending() {
    Path run = runReference("--until", "1");

    JsonNode counts = TestFiles.json(run.resolve("run.json")).get("counts");

    assertThat(counts.toString())
        .isEqualTo("{\"executed\":4,\"rejected\":4,\"pending_at_horizon\":1}");
  }

  @Test
  void run_setCapacityAboveLoad_preventsTheOverload() {
    Path run = runReference("--set", "services.emergency.capacity=5");

    assertThat(executedTypes(run))
        .containsExactly("FLOOD_IMPACT", "FLOOD_IMPACT", "FLOOD_IMPACT", "NORMAL_DEMAND");
  }

  @Test
  void run_setCapacity_writesValueIntoScenarioYaml() {
    Path run = runReference("--set", "services.emergency.capacity=5");

    assertThat(TestFiles.text(run.resolve("scenario.yaml")))
        .contains("  - id: emergency\n    capacity: 5\n");
  }

  @Test
  void scenarioYaml_runAgain_givesTheSameFingerprint() {
    Path first = runReference("--seed", "7", "--until", "1", "--set", "services[1].capacity=2.5");
    Path again = run(first.resolve("scenario.yaml").toString(), "again");

    assertThat(fingerprint(again)).isEqualTo(fingerprint(first));
  }

  @Test
  void scenarioYaml_runAgain_givesSameRunJson() {
    Path first = runReference("--seed", "7", "--until", "1", "--set", "services[1].capacity=2.5");
    Path again = run(first.resolve("scenario.yaml").toString(), "again");

    assertThat(again.resolve("run.json")).hasSameBinaryContentAs(first.resolve("run.json"));
  }

  @Test
  void run_metricsDelta_writesOnlyChangedRows() {
    Path run = runReference("--metrics", "delta");

    assertThat(TestFiles.text(run.resolve("metrics.csv"))).isEqualTo(DELTA_METRICS);
  }

  @Test
  void run_metricsDelta_recordsModeInRunJson() {
    Path run = runReference("--metrics", "delta");

    assertThat(TestFiles.json(run.resolve("run.json")).get("metrics_mode").stringValue())
        .isEqualTo("delta");
  }

  @Test
  void run_quiet_printsOnlyTheSummaryLine() {
    Path out = directory.resolve("results");

    CommandResult result =
        FaultlineCommand.inProcess("run", "flood-overload", "--quiet", "--out", out.toString());

    assertThat(result.stdoutText())
        .isEqualTo(
            "flood-overload: 5 events executed, 4 intents rejected, 0 pending after t=10; wrote "
                + out
                + " (fingerprint "
                + fingerprint(out)
                + ")\n");
  }

  @Test
  void run_negativeUntil_namesTheOptionTheUserTyped() {
    Path out = directory.resolve("results");
    CommandResult result =
        FaultlineCommand.inProcess(
            "run", "flood-overload", "--until", "-1", "--out", out.toString());

    assertThat(result.exitStatus()).isEqualTo(2);
    assertThat(result.stderrText()).startsWith("--until: invalid value -1");
    assertThat(out).doesNotExist();
  }

  @Test
  void help_option_listsCommands() {
    CommandResult result = FaultlineCommand.inProcess("--help");

    assertThat(result.exitStatus()).isZero();
    assertThat(result.stdoutText())
        .startsWith("Usage: faultline ")
        .contains("  run  ", "  validate  ", "  scenarios  ");
  }

  @Test
  void version_option_printsVersion() {
    CommandResult result = FaultlineCommand.inProcess("--version");

    assertThat(result.exitStatus()).isZero();
    assertThat(result.stdoutText().lines().findFirst()).hasValue("faultline 0.1.0");
  }

  @Test
  void helpCommand_run_printsRunUsage() {
    CommandResult result = FaultlineCommand.inProcess("help", "run");

    assertThat(result.exitStatus()).isZero();
    assertThat(result.stdoutText())
        .startsWith("Usage: faultline run ")
        .contains("--metrics=MODE", "--set=PATH=VALUE");
  }

  @Test
  void scenarios_builtIns_listsEachWithItsFirstSentence() {
    CommandResult result = FaultlineCommand.inProcess("scenarios");

    assertThat(result.exitStatus()).isZero();
    assertThat(result.stdoutText())
        .isEqualTo(
            "flood-overload  Three public services, one citizen population, one policy office and a"
                + " three-pulse flood.\n"
                + "flood-cascade   A flood hits power and transport in a city of six interdependent"
                + " services, and the failure cascades along their dependencies to telecom, emergency"
                + " dispatch and the hospital.\n"
                + "six-sectors     A heatwave raises demand on power and water in six interdependent"
                + " infrastructure sectors: power, water, telecommunications, transportation, natural"
                + " gas and oil.\n");
  }

  @Test
  void run_unknownOption_exitsWithUsageHint() {
    CommandResult result = FaultlineCommand.inProcess("run", "--bogus", "flood-overload");

    assertThat(result.exitStatus()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly(
            "faultline: Unknown option: '--bogus'", "Try 'faultline run --help' for usage.");
  }

  @Test
  void faultline_unknownSubcommand_exitsWithUsageHint() {
    CommandResult result = FaultlineCommand.inProcess("bogus");

    assertThat(result.exitStatus()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly(
            "faultline: Unmatched argument at index 0: 'bogus'",
            "Try 'faultline --help' for usage.");
  }

  @Test
  void run_seedNotANumber_exitsWithUsageHint() {
    CommandResult result = FaultlineCommand.inProcess("run", "flood-overload", "--seed", "abc");

    assertThat(result.exitStatus()).isEqualTo(2);
    assertThat(result.stderrLines())
        .containsExactly(
            "faultline: Invalid value for option '--seed': 'abc' is not a long",
            "Try 'faultline run --help' for usage.");
  }

  private Path runReference(String... options) {
    return run("flood-overload", "results", options);
  }

  private Path run(String scenario, String outName, String... options) {
    Path out = directory.resolve(outName);
    List<String> arguments = new ArrayList<>(List.of("run", scenario));
    arguments.addAll(List.of(options));
    arguments.addAll(List.of("--quiet", "--out", out.toString()));
    CommandResult result = FaultlineCommand.inProcess(arguments.toArray(String[]::new));
    assertThat(result.exitStatus())
        .as("faultline %s; stderr: %s", arguments, result.stderrText())
        .isZero();
    return out;
  }

  private static String fingerprint(Path run) {
    return TestFiles.json(run.resolve("run.json")).get("fingerprint").stringValue();
  }

  private static List<String> executedTypes(Path run) {
    return TestFiles.jsonLines(run.resolve("events.jsonl")).stream()
        .filter(line -> line.get("kind").stringValue().equals("executed"))
        .map(line -> line.get("type").stringValue())
        .toList();
  }
}
