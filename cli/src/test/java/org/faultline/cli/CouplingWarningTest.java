package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose dependency coupling has no interior equilibrium warns on stderr before it starts,
 * naming the services on the cycle, and still runs.
 */
class CouplingWarningTest {

  private static final String SATURATING =
      """
      name: saturating
      horizon: 3
      dynamics:
        dependency_coupling: true
      services:
        - id: power
          capacity: 1.0
          depends_on: [{service: telecom, coupling: 1.0}]
        - id: telecom
          capacity: 1.0
          depends_on: [{service: power, coupling: 1.0}]
        - id: hospital
          capacity: 1.0
          depends_on: [{service: power, coupling: 0.5}]
      """;

  @TempDir Path directory;

  @Test
  void run_couplingRadiusOne_warnsOnStderrNamingTheCycle() {
    CommandResult result = run(SATURATING);

    assertThat(result.stderrText())
        .contains("spectral radius 1.000000 ≥ 1")
        .contains("the dependency cycles whose coupling causes this: [[power, telecom]]");
  }

  @Test
  void run_couplingRadiusOne_stillExitsWithStatus0() {
    CommandResult result = run(SATURATING);

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
  }

  @Test
  void run_couplingRadiusBelowOne_printsNothingOnStderr() {
    CommandResult result = run(SATURATING.replace("coupling: 1.0", "coupling: 0.5"));

    assertThat(result.stderrText()).isEmpty();
  }

  private CommandResult run(String scenario) {
    Path file = TestFiles.write(directory.resolve("scenario.yaml"), scenario);
    return FaultlineCommand.inSeparateJvm(
        directory,
        FaultlineCommand.ENGLISH_UTF8,
        "run",
        file.toString(),
        "--quiet",
        "--out",
        "results");
  }
}
