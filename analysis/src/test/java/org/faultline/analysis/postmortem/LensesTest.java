package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LensesTest {

  @TempDir Path directory;

  @Test
  void floodOverload_report_placesFiguresAfterPropagation() {
    String markdown =
        RunFixtures.markdown(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory));

    assertThat(markdown.indexOf("## Figures")).isGreaterThan(markdown.indexOf("## Propagation"));
    assertThat(markdown.indexOf("## Failure characterization"))
        .isGreaterThan(markdown.indexOf("## Figures"));
  }

  @Test
  void floodOverload_report_placesStructureBeforeLimitations() {
    String markdown =
        RunFixtures.markdown(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory));

    assertThat(markdown.indexOf("## Graph-based structural reasoning"))
        .isGreaterThan(markdown.indexOf("## Failure characterization"));
    assertThat(markdown.indexOf("## Limitations"))
        .isGreaterThan(markdown.indexOf("## Graph-based structural reasoning"));
  }

  @Test
  void floodOverload_figures_linkTheWrittenFiles() {
    Path run = RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory);
    String markdown = RunFixtures.markdown(run);

    assertThat(markdown).contains("![Stress and resource over time](timeline.svg)");
    assertThat(markdown).contains("![Dependency graph](dependencies.svg)");
    assertThat(run.resolve("timeline.svg")).isNotEmptyFile();
    assertThat(run.resolve("dependencies.png")).isNotEmptyFile();
  }

  @Test
  void floodOverload_mermaid_marksOnlyEmergencyOverloaded() {
    String markdown =
        RunFixtures.markdown(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory));

    assertThat(markdown).contains("```mermaid\nflowchart LR\n");
    assertThat(markdown).contains("  class n1 overloaded\n");
    assertThat(markdown).contains("  n0 --> n1\n");
  }

  @Test
  void floodOverload_structure_ranksEveryServiceWithEmergencyDegraded() {
    String markdown =
        RunFixtures.markdown(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory));

    assertThat(RunFixtures.tableRows(markdown, "1")).isNotEmpty();
    assertThat(markdown)
        .containsPattern("\\| emergency \\| [0-9.]+ ± [0-9.]+ \\| 9 \\| yes \\(1st\\) \\| yes \\|");
  }

  @Test
  void floodOverload_analysisJson_holdsStructureInSnakeCase() {
    JsonNode analysis =
        RunFixtures.json(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory));
    JsonNode structure = analysis.get("structural_reasoning");

    assertThat(structure).isNotNull();
    assertThat(structure.propertyNames())
        .allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void floodOverload_analysisJson_splitsTopKOverlapIntoWords() {
    JsonNode comparison =
        RunFixtures.json(RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory))
            .get("structural_reasoning")
            .get("comparison");

    assertThat(comparison.has("top_k_overlap")).isTrue();
  }
}
