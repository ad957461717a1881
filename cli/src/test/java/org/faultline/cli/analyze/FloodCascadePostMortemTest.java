package org.faultline.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.faultline.cli.Faultline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The post-mortem of the built-in cascade: chains run from the flood across dependency edges. */
class FloodCascadePostMortemTest {

  @TempDir static Path directory;

  private static String report;

  @BeforeAll
  static void runFloodCascade() throws IOException {
    Path out = directory.resolve("results");
    int status = Faultline.execute("run", "flood-cascade", "--quiet", "--out", out.toString());
    assertThat(status).isZero();
    report = Files.readString(out.resolve("failure_analysis.md"), StandardCharsets.UTF_8);
  }

  @Test
  void deepestChain_startsAtTheFlood() {
    assertThat(report).containsPattern("The deepest chain has depth \\d+: #\\d+ FLOOD_IMPACT");
  }

  @Test
  void systemSteps_doNotChainTickAfterTick() {
    assertThat(report)
        .doesNotContainPattern("SERVICE_STEP \\(system:services, t=\\d+\\) → #\\d+ SERVICE_STEP");
  }

  @Test
  void powerToTelecom_carriedDegradation() {
    assertThat(report).containsPattern("\\| power → telecom \\| [1-9]\\d* \\|");
  }

  @Test
  void stressors_leaveOutTheModelsOwnSteps() {
    String context =
        report.substring(report.indexOf("Stressors:"), report.indexOf("## Event timeline"));

    assertThat(context).contains("environment:flood");
    assertThat(context).doesNotContain("system:");
  }

  @Test
  void couplingDependencies_appearInTheServiceTable() {
    assertThat(report).containsPattern("\\| telecom \\| [0-9.]+ \\| power \\|");
  }
}
