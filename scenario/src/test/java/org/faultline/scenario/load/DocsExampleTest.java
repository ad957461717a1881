package org.faultline.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.faultline.engine.observe.RunSummary;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.world.World;
import org.faultline.scenario.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The complete example of docs/scenarios.md is the fixture valid/docs-example.yaml, and it loads
 * and runs.
 */
class DocsExampleTest {

  private static final String EXAMPLE_HEADING = "\n## A complete example\n";
  private static final String YAML_FENCE = "\n```yaml\n";
  private static final String CLOSING_FENCE = "\n```\n";

  /**
   * Returns the text of the first YAML code block after the example's heading, with its last line
   * break.
   */
  private static String exampleInDocs() throws IOException {
    String docs =
        Files.readString(Fixtures.repositoryFile("docs/scenarios.md"), StandardCharsets.UTF_8);
    int heading = docs.indexOf(EXAMPLE_HEADING);
    assertThat(heading).as("position of the heading '## A complete example'").isNotNegative();
    int start = docs.indexOf(YAML_FENCE, heading) + YAML_FENCE.length();
    int end = docs.indexOf(CLOSING_FENCE, start);
    return docs.substring(start, end + 1);
  }

  @Test
  void example_inDocs_equalsFixture() throws IOException {
    String fixture =
        Files.readString(Fixtures.path("valid/docs-example.yaml"), StandardCharsets.UTF_8);

    assertThat(exampleInDocs()).isEqualTo(fixture);
  }

  @Test
  void example_loaded_hasTheParticipantsTheDocsDescribe() {
    ScenarioSpec spec =
        ScenarioLoader.loadFile(Fixtures.path("valid/docs-example.yaml"), List.of()).spec();

    assertThat(spec.services()).hasSize(4);
    assertThat(spec.citizens()).hasSize(2);
    assertThat(spec.policies()).hasSize(1);
    assertThat(spec.stressors()).hasSize(2);
  }

  @Test
  void example_run_completesWithEvents() {
    ScenarioSpec spec =
        ScenarioLoader.loadFile(Fixtures.path("valid/docs-example.yaml"), List.of()).spec();

    RunSummary summary = World.of(spec).newSimulation(List.of()).run();

    assertThat(summary.executed()).isPositive();
  }
}
