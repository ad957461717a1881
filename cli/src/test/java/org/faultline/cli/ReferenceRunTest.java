package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The golden run: {@code faultline run flood-overload} in its own process reproduces the reference
 * trace exactly. The golden files under {@code golden/flood-overload/} are the whole expected
 * metrics.csv, events.jsonl and console trace; they change only with a deliberate change of the
 * model or of an output format.
 */
class ReferenceRunTest {

  private static final String GOLDEN = "/golden/flood-overload/";

  /* The first six columns of every metrics row, as the reference scenario defines them. */
  private static final List<String> REFERENCE_ROWS =
      List.of(
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.9",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.9",
          "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.800000000000001",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.8",
          "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
          "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.700000000000001",
          "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.6999999999999997",
          "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
          "1,NORMAL_DEMAND,citizen:1,transport,0.0,4.700000000000001",
          "1,NORMAL_DEMAND,citizen:1,emergency,0.0,2.6999999999999997",
          "1,NORMAL_DEMAND,citizen:1,power,0.0,4.0",
          "2,SERVICE_OVERLOAD,emergency,transport,0.0,4.700000000000001",
          "2,SERVICE_OVERLOAD,emergency,emergency,0.3333333333333333,2.6999999999999997",
          "2,SERVICE_OVERLOAD,emergency,power,0.0,4.0");

  private static final String NO_CHANNEL_REASON =
      "no channel schedules NORMAL_DEMAND in this scenario's scheduling table";

  @TempDir static Path workingDirectory;

  private static CommandResult result;
  private static Path run;

  @BeforeAll
  static void runReferenceScenario() {
    result =
        FaultlineCommand.inSeparateJvm(
            workingDirectory,
            FaultlineCommand.ENGLISH_UTF8,
            "run",
            "flood-overload",
            "--out",
            "results");
    run = workingDirectory.resolve("results");
  }

  @Test
  void run_referenceScenario_exitsWithStatus0() {
    assertThat(result.exitStatus()).as(result.stderrText()).isZero();
  }

  @Test
  void run_referenceScenario_printsNothingOnStderr() {
    assertThat(result.stderrText()).isEmpty();
  }

  @Test
  void metricsCsv_referenceRun_matchesGoldenFile() {
    assertThat(TestFiles.text(run.resolve("metrics.csv"))).isEqualTo(golden("metrics.csv"));
  }

  @Test
  void eventsJsonl_referenceRun_matchesGoldenFile() {
    assertThat(TestFiles.text(run.resolve("events.jsonl"))).isEqualTo(golden("events.jsonl"));
  }

  @Test
  void consoleTrace_referenceRun_matchesGoldenFile() {
    assertThat(result.stdoutText()).isEqualTo(golden("console-trace.txt"));
  }

  @Test
  void metricsCsv_referenceRun_startsWithMandatoryHeader() {
    List<String> header = TestFiles.csv(run.resolve("metrics.csv")).get(0);

    assertThat(header.subList(0, 6))
        .containsExactly(
            "time", "event_type", "source", "service_id", "stress_level", "resource_level");
  }

  @Test
  void metricsCsv_referenceRun_matchesReferenceColumns() {
    List<List<String>> records = TestFiles.csv(run.resolve("metrics.csv"));

    List<String> rows =
        records.subList(1, records.size()).stream()
            .map(fields -> String.join(",", fields.subList(0, 6)))
            .toList();

    assertThat(rows).isEqualTo(REFERENCE_ROWS);
  }

  @Test
  void eventsJsonl_referenceRun_recordsFourRejections() {
    List<String> rejections =
        TestFiles.jsonLines(run.resolve("events.jsonl")).stream()
            .filter(line -> line.get("kind").stringValue().equals("rejected"))
            .map(
                line ->
                    line.get("type").stringValue()
                        + " from "
                        + line.get("source").stringValue()
                        + " caused by "
                        + line.get("cause").longValue()
                        + ": "
                        + line.get("reason").stringValue())
            .toList();

    assertThat(rejections)
        .containsExactly(
            "NORMAL_DEMAND from citizen:1 caused by 1: " + NO_CHANNEL_REASON,
            "NORMAL_DEMAND from citizen:1 caused by 2: " + NO_CHANNEL_REASON,
            "NORMAL_DEMAND from citizen:1 caused by 3: " + NO_CHANNEL_REASON,
            "NORMAL_DEMAND from citizen:1 caused by 4: " + NO_CHANNEL_REASON);
  }

  @Test
  void runJson_referenceRun_recordsCounts() {
    JsonNode counts = TestFiles.json(run.resolve("run.json")).get("counts");

    assertThat(counts.toString())
        .isEqualTo("{\"executed\":5,\"rejected\":4,\"pending_at_horizon\":0}");
  }

  @Test
  void runJson_referenceRun_fingerprintsEventLog() {
    String eventsSha256 = TestFiles.sha256Hex(TestFiles.bytes(run.resolve("events.jsonl")));

    assertThat(TestFiles.json(run.resolve("run.json")).get("fingerprint").stringValue())
        .isEqualTo("sha256:" + eventsSha256);
  }

  private static String golden(String name) {
    return CommandResult.strictUtf8(TestFiles.resource(GOLDEN + name));
  }
}
