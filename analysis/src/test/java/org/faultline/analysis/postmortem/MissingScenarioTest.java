package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory without scenario.yaml: the report says what it cannot know. */
class MissingScenarioTest {

  @TempDir static Path directory;

  private static String markdown;

  @BeforeAll
  static void analyseWithoutScenario() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Files.delete(directory.resolve("scenario.yaml"));
    PostMortem.write(directory);
    markdown = RunFixtures.markdown(directory);
  }

  @Test
  void policyDynamics_saysOfficesAreUnknown() {
    assertThat(markdown).contains("the policy offices and their thresholds are unknown");
  }

  @Test
  void scenarioContext_saysWhatIsUnknown() {
    assertThat(markdown).contains("the stressors and the policy offices are unknown");
  }

  @Test
  void policyDynamics_doesNotClaimThereIsNoOffice() {
    assertThat(markdown).doesNotContain("The run has no policy office.");
  }
}
