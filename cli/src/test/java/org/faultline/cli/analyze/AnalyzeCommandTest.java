package org.faultline.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzeCommandTest {

  private static final List<String> RUN_FILES =
      List.of("run.json", "events.jsonl", "metrics.csv", "scenario.yaml");

  @TempDir Path directory;

  private Path run(String... extraArguments) {
    Path out = directory.resolve("results");
    String[] args = new String[4 + extraArguments.length];
    args[0] = "run";
    args[1] = "flood-overload";
    args[2] = "--out=" + out;
    args[3] = "--quiet";
    System.arraycopy(extraArguments, 0, args, 4, extraArguments.length);
    CommandRun result = CommandRun.of(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return out;
  }

  private Path copyRunFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String file : RUN_FILES) {
      Files.copy(from.resolve(file), to.resolve(file));
    }
    return to;
  }

  @Test
  void run_floodOverload_publishesPostMortem() throws IOException {
    Path results = run();
    String markdown =
        Files.readString(results.resolve("failure_analysis.md"), StandardCharsets.UTF_8);

    assertThat(markdown).contains("Only emergency overloaded:");
    assertThat(markdown).contains("its first SERVICE_OVERLOAD executed at t=2 (#5)");
    assertThat(markdown).contains("No service failed");
    assertThat(markdown).contains("nothing cascaded");
    assertThat(markdown).contains("it peaked at 0.333 (t=2), below the threshold of 1.0.");
  }

  @Test
  void analyze_copiedDirectory_writesIdenticalBytes() throws IOException {
    Path results = run();
    Path copy = copyRunFiles(results, directory.resolve("elsewhere/copy"));

    CommandRun result = CommandRun.of("analyze", copy.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readAllBytes(copy.resolve("failure_analysis.md")))
        .isEqualTo(Files.readAllBytes(results.resolve("failure_analysis.md")));
    assertThat(Files.readAllBytes(copy.resolve("analysis.json")))
        .isEqualTo(Files.readAllBytes(results.resolve("analysis.json")));
  }

  @Test
  void analyze_runDirectory_printsTheFailureMode() {
    Path results = run();

    CommandRun result = CommandRun.of("analyze", results.toString());

    assertThat(result.out())
        .isEqualTo(
            "flood-overload: failure mode localized; wrote "
                + results.resolve("failure_analysis.md")
                + ", analysis.json and the figures"
                + System.lineSeparator());
  }

  @Test
  void run_interveningPolicy_reportsIntentAndExecution() throws IOException {
    Path results =
        run(
            "--set",
            "stressors[0].pulses=20",
            "--set",
            "stressors[0].interval=1",
            "--set",
            "policy_offices[0].stress_threshold=0.5",
            "--set",
            "horizon=30");
    String markdown =
        Files.readString(results.resolve("failure_analysis.md"), StandardCharsets.UTF_8);
    String json = Files.readString(results.resolve("analysis.json"), StandardCharsets.UTF_8);

    assertThat(markdown)
        .contains(
            "First intended at t=7: the scheduled_at of POLICY_INTENT #27, which executed at t=10.");
    assertThat(markdown)
        .contains(
            "First intervention executed at t=13 (POLICY_INTERVENTION #29), 6 ticks after its intent at t=7.");
    assertThat(json).contains("\"intent_time\": 7,");
    assertThat(json).contains("\"execution_time\": 13,");
    assertThat(json).contains("\"delay\": 6,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"run.json", "events.jsonl", "metrics.csv"})
  void analyze_requiredFileMissing_exitsTwoNamingIt(String missing) throws IOException {
    Path copy = copyRunFiles(run(), directory.resolve("incomplete"));
    Files.delete(copy.resolve(missing));

    CommandRun result = CommandRun.of("analyze", copy.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("not a run directory: " + copy + ": missing " + missing);
  }

  @Test
  void analyze_scenarioMissing_writesNote() throws IOException {
    Path copy = copyRunFiles(run(), directory.resolve("no-scenario"));
    Files.delete(copy.resolve("scenario.yaml"));

    CommandRun result = CommandRun.of("analyze", copy.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(copy.resolve("failure_analysis.md"), StandardCharsets.UTF_8))
        .contains("scenario.yaml is missing from the run directory");
  }

  @Test
  void analyze_emptyDirectory_namesEveryMissingFile() throws IOException {
    Path empty = Files.createDirectories(directory.resolve("empty"));

    CommandRun result = CommandRun.of("analyze", empty.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("missing run.json, events.jsonl, metrics.csv, scenario.yaml");
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void analyze_absentPath_exitsTwo() {
    Path absent = directory.resolve("absent");

    CommandRun result = CommandRun.of("analyze", absent.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("not a run directory: " + absent + ": it does not exist");
  }

  @Test
  void analyze_malformedManifest_exitsTwoWithLine() throws IOException {
    Path copy = copyRunFiles(run(), directory.resolve("malformed"));
    Path manifest = copy.resolve("run.json");
    Files.writeString(
        manifest,
        Files.readString(manifest, StandardCharsets.UTF_8)
            .replace("\"seed\": 42", "\"seed\": \"x\""),
        StandardCharsets.UTF_8);

    CommandRun result = CommandRun.of("analyze", copy.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(manifest + ":9: \"seed\" must be a whole number, found \"x\"");
  }
}
