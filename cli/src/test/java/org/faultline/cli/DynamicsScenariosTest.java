package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in scenarios of the richer dynamics run from the command line, and the console trace
 * shows the gap between a service's stress and what the policy office received.
 */
class DynamicsScenariosTest {

  @TempDir Path directory;

  @Test
  void run_floodCascade_exitsWithStatus0AndNoDiagnostics() {
    CommandResult result = run("flood-cascade");

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
    assertThat(result.stderrText()).isEmpty();
  }

  @Test
  void run_sixSectors_exitsWithStatus0AndNoDiagnostics() {
    CommandResult result = run("six-sectors");

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
    assertThat(result.stderrText()).isEmpty();
  }

  @Test
  void run_floodCascade_traceShowsReportedStressOnTheOfficeRow() {
    CommandResult result = run("flood-cascade");

    assertThat(result.stdoutText().lines())
        .anySatisfy(
            line ->
                assertThat(line).startsWith("  policy:city").contains("reported_stress.power="));
  }

  @Test
  void run_floodCascadeZeroDelays_exitsWithStatus0() {
    CommandResult result =
        FaultlineCommand.inProcess(
            "run",
            "flood-cascade",
            "--quiet",
            "--out",
            directory.resolve("zero").toString(),
            "--set",
            "channels.reporting.minimum=0",
            "--set",
            "channels.reporting.jitter=0",
            "--set",
            "channels.cabinet.minimum=0",
            "--set",
            "channels.cabinet.jitter=0",
            "--set",
            "policy_offices.policy:city.intervention_delay=0");

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
  }

  private CommandResult run(String scenario) {
    return FaultlineCommand.inProcess(
        "run", scenario, "--out", directory.resolve(scenario).toString());
  }
}
