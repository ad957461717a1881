package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.faultline.analysis.postmortem.read.InconsistentRunException;
import org.faultline.analysis.postmortem.report.ReportFiles;
import org.faultline.trace.read.MalformedRunFileException;
import org.faultline.trace.read.NotARunDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class PostMortemTest {

  @TempDir Path directory;

  @Test
  void write_runDirectory_leavesNoTemporaryFile() throws IOException {
    RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory);

    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactly(
              "analysis.json",
              "dependencies.png",
              "dependencies.svg",
              "events.jsonl",
              "failure_analysis.md",
              "metrics.csv",
              "run.json",
              "scenario.yaml",
              "timeline.png",
              "timeline.svg");
    }
  }

  @Test
  void write_copiedDirectory_givesIdenticalBytes() throws IOException {
    Path first = RunFixtures.analysed(RunFixtures.FLOOD_INTERVENING, directory.resolve("first"));
    Path second =
        RunFixtures.analysed(RunFixtures.FLOOD_INTERVENING, directory.resolve("elsewhere/second"));

    assertThat(Files.readAllBytes(second.resolve(ReportFiles.REPORT)))
        .isEqualTo(Files.readAllBytes(first.resolve(ReportFiles.REPORT)));
    assertThat(Files.readAllBytes(second.resolve(ReportFiles.FINDINGS)))
        .isEqualTo(Files.readAllBytes(first.resolve(ReportFiles.FINDINGS)));
  }

  @Test
  void write_twice_givesSameBytes() throws IOException {
    RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory);
    byte[] before = Files.readAllBytes(directory.resolve(ReportFiles.FINDINGS));

    PostMortem.write(directory);

    assertThat(Files.readAllBytes(directory.resolve(ReportFiles.FINDINGS))).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run.json", "events.jsonl", "metrics.csv"})
  void analyze_requiredFileMissing_namesIt(String missing) throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Files.delete(directory.resolve(missing));

    assertThatThrownBy(() -> PostMortem.analyze(directory))
        .isInstanceOf(NotARunDirectoryException.class)
        .hasMessageContaining("missing " + missing);
  }

  @Test
  void analyze_notADirectory_isNotARunDirectory() throws IOException {
    Path file = Files.writeString(directory.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PostMortem.analyze(file))
        .isInstanceOf(NotARunDirectoryException.class)
        .hasMessageContaining("it is a file");
  }

  @Test
  void analyze_scenarioMissing_analysesTheRestWithANote() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Files.delete(directory.resolve("scenario.yaml"));
    PostMortem.write(directory);
    JsonNode json = RunFixtures.json(directory);

    assertThat(json.get("scenario").get("readable").booleanValue()).isFalse();
    assertThat(json.get("offices").isEmpty()).isTrue();
    assertThat(
            RunFixtures.service(json, "emergency")
                .get("first_overload_report")
                .get("time")
                .longValue())
        .isEqualTo(2);
    assertThat(RunFixtures.markdown(directory))
        .contains("are unknown: scenario.yaml is missing from the run directory.");
  }

  @Test
  void analyze_unknownScenarioKey_isIgnored() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Path scenario = directory.resolve("scenario.yaml");
    Files.writeString(
        scenario,
        Files.readString(scenario, StandardCharsets.UTF_8) + "future_field: {depth: 3}\n",
        StandardCharsets.UTF_8);
    PostMortem.write(directory);
    JsonNode json = RunFixtures.json(directory);

    assertThat(json.get("scenario").get("notes").isEmpty()).isTrue();
    assertThat(json.get("offices").get(0).get("never_intervened").get("reason").stringValue())
        .isEqualTo("never_crossed");
  }

  @Test
  void analyze_metricsRowOfUnknownService_isInconsistent() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Path metrics = directory.resolve("metrics.csv");
    Files.writeString(
        metrics,
        Files.readString(metrics, StandardCharsets.UTF_8).replace(",power,", ",water,"),
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PostMortem.analyze(directory))
        .isInstanceOf(InconsistentRunException.class)
        .hasMessageContaining(
            "metrics.csv:4: service_id \"water\" is not among the services of run.json");
  }

  @Test
  void analyze_eventIdTwice_isInconsistent() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Path events = directory.resolve("events.jsonl");
    String log = Files.readString(events, StandardCharsets.UTF_8);
    Files.writeString(
        events,
        log
            + log.lines().filter(line -> line.contains("\"id\":5,")).findFirst().orElseThrow()
            + "\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PostMortem.analyze(directory))
        .isInstanceOf(InconsistentRunException.class)
        .hasMessageContaining(
            "events.jsonl:10: event id 5 was already executed earlier in the log");
  }

  @Test
  void analyze_malformedEventLog_isMalformed() throws IOException {
    RunFixtures.copy(RunFixtures.FLOOD_OVERLOAD, directory);
    Files.writeString(directory.resolve("events.jsonl"), "not json\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PostMortem.analyze(directory))
        .isInstanceOf(MalformedRunFileException.class);
  }

  @Test
  void analyze_deltaMetrics_agreesWithFullMetrics() {
    JsonNode full =
        RunFixtures.json(
            RunFixtures.analysed(RunFixtures.FLOOD_INTERVENING, directory.resolve("full")));
    JsonNode delta =
        RunFixtures.json(
            RunFixtures.analysed(RunFixtures.FLOOD_INTERVENING_DELTA, directory.resolve("delta")));

    assertThat(delta.get("offices")).isEqualTo(full.get("offices"));
    assertThat(delta.get("interventions")).isEqualTo(full.get("interventions"));
    assertThat(delta.get("characterization")).isEqualTo(full.get("characterization"));
    for (String service : new String[] {"transport", "emergency", "power"}) {
      assertThat(RunFixtures.service(delta, service).get("ticks_overloaded"))
          .isEqualTo(RunFixtures.service(full, service).get("ticks_overloaded"));
      assertThat(RunFixtures.service(delta, service).get("first_overloaded"))
          .isEqualTo(RunFixtures.service(full, service).get("first_overloaded"));
    }
  }
}
