package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Valid scenario files that an older or looser reader would get wrong: YAML 1.1 boolean words used
 * as names, and services that depend on each other.
 */
class ScenarioValuesTest {

  private static final String BOOLEAN_WORDS =
      """
      name: no
      description: on
      horizon: 3
      services:
        - id: NO
          capacity: 1.0
        - id: on
          capacity: 1.0
          depends_on: [NO]
      """;

  private static final String DEPENDENCY_CYCLE =
      """
      name: cycle
      horizon: 3
      services:
        - id: a
          capacity: 1.0
          depends_on: [b]
        - id: b
          capacity: 1.0
          depends_on: [a]
      """;

  @TempDir Path directory;

  @Test
  void run_yaml11BooleanWords_exitsWithStatus0() {
    CommandResult result = run(BOOLEAN_WORDS);

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
  }

  @Test
  void run_nameNo_staysString() {
    run(BOOLEAN_WORDS);

    JsonNode name = manifest().get("scenario").get("name");

    assertThat(name.toString()).isEqualTo("\"no\"");
  }

  @Test
  void run_descriptionOn_staysString() {
    run(BOOLEAN_WORDS);

    JsonNode description = manifest().get("scenario").get("description");

    assertThat(description.toString()).isEqualTo("\"on\"");
  }

  @Test
  void run_idsNoAndOn_stayStrings() {
    run(BOOLEAN_WORDS);

    assertThat(manifest().get("services").toString()).isEqualTo("[\"NO\",\"on\"]");
  }

  @Test
  void run_dependencyCycle_exitsWithStatus0() {
    CommandResult result = run(DEPENDENCY_CYCLE);

    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
  }

  @Test
  void run_dependencyCycle_publishesRunDirectory() {
    run(DEPENDENCY_CYCLE);

    assertThat(TestFiles.entries(directory.resolve("results")))
        .contains(
            "analysis.json",
            "events.jsonl",
            "failure_analysis.md",
            "metrics.csv",
            "run.json",
            "scenario.yaml");
  }

  private CommandResult run(String scenario) {
    Path file = TestFiles.write(directory.resolve("scenario.yaml"), scenario);
    return FaultlineCommand.inProcess(
        "run", file.toString(), "--quiet", "--out", directory.resolve("results").toString());
  }

  private JsonNode manifest() {
    return TestFiles.json(directory.resolve("results/run.json"));
  }
}
