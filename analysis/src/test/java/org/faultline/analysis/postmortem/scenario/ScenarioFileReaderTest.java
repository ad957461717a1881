package org.faultline.analysis.postmortem.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileReaderTest {

  @TempDir Path directory;

  private ScenarioOutline read(String yaml) throws IOException {
    Path file = directory.resolve("scenario.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ScenarioFileReader.read(file);
  }

  @Test
  void read_unknownKeys_areIgnored() throws IOException {
    ScenarioOutline outline =
        read(
            """
        name: future
        weather_model: {kind: storm}
        services:
          - id: water
            capacity: 2.5
            depends_on: [power]
            repair_crew: 3
          - id: power
            capacity: 4
        """);

    assertThat(outline.readable()).isTrue();
    assertThat(outline.notes()).isEmpty();
    assertThat(outline.services())
        .extracting(ScenarioOutline.Service::id)
        .containsExactly("water", "power");
    assertThat(outline.services().get(0).capacity().getAsDouble()).isEqualTo(2.5);
    assertThat(outline.services().get(0).dependsOn()).containsExactly("power");
    assertThat(outline.services().get(1).capacity().getAsDouble()).isEqualTo(4.0);
  }

  @Test
  void read_numbersOfTheCoreSchema_areNumbers() throws IOException {
    ScenarioOutline outline =
        read(
            """
        stressors:
          - id: flood
            onset: 010
            pulses: 0x10
            interval: 0o7
            intensity: .5
        """);

    ScenarioOutline.Stressor stressor = outline.stressors().get(0);
    assertThat(stressor.onset().getAsLong()).isEqualTo(10);
    assertThat(stressor.pulses().getAsLong()).isEqualTo(16);
    assertThat(stressor.interval().getAsLong()).isEqualTo(7);
    assertThat(stressor.intensity().getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void read_wrongFieldType_isNoted() throws IOException {
    ScenarioOutline outline =
        read(
            """
        policy_offices:
          - id: office
            stress_threshold: high
            intervention_delay: 2.5
        """);

    ScenarioOutline.Office office = outline.offices().get(0);
    assertThat(office.stressThreshold()).isEmpty();
    assertThat(office.interventionDelay()).isEmpty();
    assertThat(outline.notes())
        .containsExactly(
            "policy_offices[0].stress_threshold is \"high\", not a number, so it was ignored",
            "policy_offices[0].intervention_delay is 2.5, not a whole number, so it was ignored");
  }

  @Test
  void read_itemWithoutId_isSkippedWithANote() throws IOException {
    ScenarioOutline outline = read("services:\n  - capacity: 1.0\n  - id: b\n");

    assertThat(outline.services()).extracting(ScenarioOutline.Service::id).containsExactly("b");
    assertThat(outline.notes()).containsExactly("services[0] has no id, so it was skipped");
  }

  @Test
  void read_reactTo_isReadWhenSet() throws IOException {
    assertThat(read("react_to: [FLOOD_IMPACT]\n").reactTo()).contains(List.of("FLOOD_IMPACT"));
    assertThat(read("name: x\n").reactTo()).isEmpty();
  }

  @Test
  void read_invalidYaml_isUnreadable() throws IOException {
    ScenarioOutline outline = read("services: [unclosed\n");

    assertThat(outline.readable()).isFalse();
    assertThat(outline.notes().get(0)).startsWith("scenario.yaml is not valid YAML");
  }

  @Test
  void read_rootSequence_isUnreadable() throws IOException {
    assertThat(read("- a\n- b\n").notes()).containsExactly("scenario.yaml is not a YAML mapping");
  }

  @Test
  void read_missingFile_isUnreadable() {
    ScenarioOutline outline = ScenarioFileReader.read(directory.resolve("absent.yaml"));

    assertThat(outline.readable()).isFalse();
    assertThat(outline.notes().get(0))
        .startsWith("scenario.yaml could not be read (NoSuchFileException");
  }
}
