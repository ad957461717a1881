package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * A scenario whose ids contain commas, double quotes, spaces and non-ASCII letters, run once in an
 * English UTF-8 JVM and once in a German Latin-1 JVM. Every output must carry the ids exactly as
 * the scenario file writes them.
 */
class UnusualIdsTest {

  private static final String STREET = "Straße \"Nord\", 1";
  private static final String WATER = "Zürich Wasser";
  private static final String TOKYO = "東京-power";
  private static final String CITIZEN = "citizen:ä";
  private static final String FLOOD = "flood:ß";

  private static final String SCENARIO =
      """
      name: odd ids
      description: Hochwasser über Zürich
      horizon: 5
      services:
        - id: 'Straße "Nord", 1'
          capacity: 1.0
        - id: Zürich Wasser
          capacity: 2.0
          depends_on: ['Straße "Nord", 1']
        - id: 東京-power
          capacity: 3.0
      citizens:
        - id: citizen:ä
          demand: 1.0
          panic_threshold: 5.0
      stressors:
        - id: flood:ß
          kind: flood
          targets: ['Straße "Nord", 1', 東京-power]
          onset: 1
          intensity: 2.0
      initial_events:
        - type: NORMAL_DEMAND
          source: citizen:ä
          delay: 2
          intensity: 1.0
      scheduling:
        - event: SERVICE_OVERLOAD
          fixed: 1
      """;

  private static final String EXPECTED_METRICS =
      String.join(
          "\r\n",
          "time,event_type,source,service_id,stress_level,resource_level,load,effective_capacity,status,event_id",
          "1,FLOOD_IMPACT,flood:ß,\"Straße \"\"Nord\"\", 1\",0.0,0.8,2.0,1.0,active,1",
          "1,FLOOD_IMPACT,flood:ß,Zürich Wasser,0.0,2.0,0.0,2.0,active,1",
          "1,FLOOD_IMPACT,flood:ß,東京-power,0.0,2.8,2.0,3.0,active,1",
          "2,NORMAL_DEMAND,citizen:ä,\"Straße \"\"Nord\"\", 1\",0.0,0.8,3.0,1.0,active,2",
          "2,NORMAL_DEMAND,citizen:ä,Zürich Wasser,0.0,2.0,1.0,2.0,active,2",
          "2,NORMAL_DEMAND,citizen:ä,東京-power,0.0,2.8,3.0,3.0,active,2",
          "2,SERVICE_OVERLOAD,\"Straße \"\"Nord\"\", 1\",\"Straße \"\"Nord\"\", 1\",0.3333333333333333,0.8,3.0,1.0,active,3",
          "2,SERVICE_OVERLOAD,\"Straße \"\"Nord\"\", 1\",Zürich Wasser,0.0,2.0,1.0,2.0,active,3",
          "2,SERVICE_OVERLOAD,\"Straße \"\"Nord\"\", 1\",東京-power,0.0,2.8,3.0,3.0,active,3",
          "");

  /* Agent lines pad ids to the longest id, counted in code points. */
  private static final String EXPECTED_TRACE =
      """
      t=1 FLOOD_IMPACT from flood:ß (#1)
        Straße "Nord", 1  stress=0.0  resource=0.8  load=2.0  capacity=1.0  status=active
        Zürich Wasser     stress=0.0  resource=2.0  load=0.0  capacity=2.0  status=active
        東京-power          stress=0.0  resource=2.8  load=2.0  capacity=3.0  status=active
        citizen:ä         stress=0.0  resource=1.0  status=active
      t=2 NORMAL_DEMAND from citizen:ä (#2)
        Straße "Nord", 1  stress=0.0  resource=0.8  load=3.0  capacity=1.0  status=active
        Zürich Wasser     stress=0.0  resource=2.0  load=1.0  capacity=2.0  status=active
        東京-power          stress=0.0  resource=2.8  load=3.0  capacity=3.0  status=active
        citizen:ä         stress=0.0  resource=1.0  status=active
      t=2 SERVICE_OVERLOAD from Straße "Nord", 1 (#3)
        Straße "Nord", 1  stress=0.3333333333333333  resource=0.8  load=3.0  capacity=1.0  status=active
        Zürich Wasser     stress=0.0  resource=2.0  load=1.0  capacity=2.0  status=active
        東京-power          stress=0.0  resource=2.8  load=3.0  capacity=3.0  status=active
        citizen:ä         stress=0.0  resource=1.0  status=active
      """;

  @TempDir static Path parent;

  private static CommandResult english;
  private static CommandResult german;
  private static Path run;
  private static Path germanRun;

  @BeforeAll
  static void runInTwoLocales() throws Exception {
    Path englishDirectory = Files.createDirectory(parent.resolve("english"));
    Path germanDirectory = Files.createDirectory(parent.resolve("german"));
    TestFiles.write(englishDirectory.resolve("odd-ids.yaml"), SCENARIO);
    TestFiles.write(germanDirectory.resolve("odd-ids.yaml"), SCENARIO);

    english = runIn(englishDirectory, FaultlineCommand.ENGLISH_UTF8);
    german = runIn(germanDirectory, FaultlineCommand.GERMAN_LATIN1);
    run = englishDirectory.resolve("results");
    germanRun = germanDirectory.resolve("results");
  }

  @Test
  void run_unusualIds_exitsWithStatus0() {
    assertThat(List.of(english.exitStatus(), german.exitStatus()))
        .as(
            "exit status in English and German; stderr: %s %s",
            english.stderrText(), german.stderrText())
        .containsExactly(0, 0);
  }

  @Test
  void metricsCsv_unusualIds_quotesFieldsAsRfc4180() {
    assertThat(TestFiles.text(run.resolve("metrics.csv"))).isEqualTo(EXPECTED_METRICS);
  }

  @Test
  void metricsCsv_readByFastCsv_givesServiceIds() {
    List<List<String>> records = TestFiles.csv(run.resolve("metrics.csv"));

    List<String> serviceIds = records.stream().skip(1).map(fields -> fields.get(3)).toList();

    assertThat(serviceIds)
        .containsExactly(STREET, WATER, TOKYO, STREET, WATER, TOKYO, STREET, WATER, TOKYO);
  }

  @Test
  void metricsCsv_readByFastCsv_givesEventSources() {
    List<List<String>> records = TestFiles.csv(run.resolve("metrics.csv"));

    List<String> sources =
        records.stream().skip(1).map(fields -> fields.get(2)).distinct().toList();

    assertThat(sources).containsExactly(FLOOD, CITIZEN, STREET);
  }

  @Test
  void eventsJsonl_unusualIds_parsesSourcesBack() {
    List<String> sources =
        TestFiles.jsonLines(run.resolve("events.jsonl")).stream()
            .map(line -> line.get("source").stringValue())
            .toList();

    assertThat(sources).containsExactly(FLOOD, CITIZEN, CITIZEN, CITIZEN, STREET);
  }

  @Test
  void eventsJsonl_unusualIds_parsesFloodTargetsBack() {
    JsonNode flood = TestFiles.jsonLines(run.resolve("events.jsonl")).get(0);

    assertThat(TestFiles.strings(flood.get("payload").get("services")))
        .containsExactly(STREET, TOKYO);
  }

  @Test
  void eventsJsonl_quotesInId_escapesThem() {
    String lastLine =
        TestFiles.text(run.resolve("events.jsonl")).lines().reduce((a, b) -> b).orElseThrow();

    assertThat(lastLine).contains("\"source\":\"Straße \\\"Nord\\\", 1\"");
  }

  @Test
  void eventsJsonl_unusualIds_hasNoUnicodeEscapes() {
    assertThat(TestFiles.text(run.resolve("events.jsonl"))).contains(TOKYO).doesNotContain("\\u");
  }

  @Test
  void runJson_unusualIds_listsServices() {
    JsonNode manifest = TestFiles.json(run.resolve("run.json"));

    assertThat(TestFiles.strings(manifest.get("services"))).containsExactly(STREET, WATER, TOKYO);
  }

  @Test
  void runJson_unusualIds_listsAgents() {
    JsonNode manifest = TestFiles.json(run.resolve("run.json"));

    assertThat(TestFiles.strings(manifest.get("agents")))
        .containsExactly(STREET, WATER, TOKYO, CITIZEN);
  }

  @Test
  void runJson_nonAsciiDescription_keepsLetters() {
    JsonNode manifest = TestFiles.json(run.resolve("run.json"));

    assertThat(manifest.get("scenario").get("description").stringValue())
        .isEqualTo("Hochwasser über Zürich");
  }

  @Test
  void consoleTrace_unusualIds_printsIdsAsWritten() {
    String fingerprint = TestFiles.json(run.resolve("run.json")).get("fingerprint").stringValue();
    String summary =
        "odd ids: 3 events executed, 2 intents rejected, 0 pending after t=5; wrote results (fingerprint "
            + fingerprint
            + ")\n";

    assertThat(english.stdoutText()).isEqualTo(EXPECTED_TRACE + summary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics.csv", "events.jsonl", "run.json", "scenario.yaml"})
  void runFile_germanLatin1Process_isByteIdentical(String file) {
    assertThat(germanRun.resolve(file)).hasSameBinaryContentAs(run.resolve(file));
  }

  @Test
  void stdout_germanLatin1Process_isSameUtf8() {
    assertThat(german.stdoutText()).isEqualTo(english.stdoutText());
  }

  private static CommandResult runIn(Path workingDirectory, List<String> jvmOptions) {
    return FaultlineCommand.inSeparateJvm(
        workingDirectory, jvmOptions, "run", "odd-ids.yaml", "--out", "results");
  }
}
