package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Hand-written run directories with known propagation, characterized by the stated rules. */
class CharacterizationTest {

  private static final String CHAIN_SCENARIO =
      """
      name: hand-written
      horizon: 10
      services:
        - id: a
          capacity: 1.0
        - id: b
          capacity: 1.0
          depends_on: [a]
        - id: c
          capacity: 1.0
          depends_on: [b]
      stressors:
        - id: environment:flood
          kind: flood
          targets: [a]
          onset: 1
          intensity: 2.0
      """;

  @TempDir Path directory;

  /**
   * A flood hits a, and a overloads. b's overload has a's among its causes, and c's has b's, so
   * degradation travels two hops, over a → b and b → c.
   */
  private static HandWrittenRun twoHopChain() {
    HandWrittenRun run = new HandWrittenRun().services("a", "b", "c").scenario(CHAIN_SCENARIO);
    run.event(
        1,
        1,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":2.0,\"services\":[\"a\"]}");
    rows(run, 1, 1, "FLOOD_IMPACT", "environment:flood", 0.0, 0.0, 0.0);
    run.event(2, 2, "SERVICE_OVERLOAD", "a", 1L, "{\"stress_increment\":0.5}");
    rows(run, 2, 2, "SERVICE_OVERLOAD", "a", 0.5, 0.0, 0.0);
    run.event(3, 3, "SERVICE_OVERLOAD", "b", 2L, "{\"stress_increment\":0.5}");
    rows(run, 3, 3, "SERVICE_OVERLOAD", "b", 0.5, 0.5, 0.0);
    run.event(4, 4, "SERVICE_OVERLOAD", "c", 3L, "{\"stress_increment\":0.5}");
    rows(run, 4, 4, "SERVICE_OVERLOAD", "c", 0.5, 0.5, 0.5);
    return run;
  }

  private static void rows(
      HandWrittenRun run,
      long id,
      long time,
      String type,
      String source,
      double stressA,
      double stressB,
      double stressC) {
    run.row(id, time, type, source, "a", stressA, 2.0, 1.0, "active");
    run.row(id, time, type, source, "b", stressB, 0.0, 1.0, "active");
    run.row(id, time, type, source, "c", stressC, 0.0, 1.0, "active");
  }

  @Test
  void characterization_twoHopChain_isCascading() {
    PostMortem.write(twoHopChain().writeTo(directory));
    JsonNode characterization = RunFixtures.json(directory).get("characterization");

    assertThat(characterization.get("mode").stringValue()).isEqualTo("cascading");
    assertThat(characterization.get("numbers").get("longest_path_hops").intValue()).isEqualTo(2);
    assertThat(characterization.get("numbers").get("carried_edges").intValue()).isEqualTo(2);
  }

  @Test
  void edges_twoHopChain_bothCarryDegradation() {
    PostMortem.write(twoHopChain().writeTo(directory));
    JsonNode edges = RunFixtures.json(directory).get("dependency_edges").get("edges");

    assertThat(edges.size()).isEqualTo(2);
    assertThat(edges.get(0).get("from").stringValue() + "→" + edges.get(0).get("to").stringValue())
        .isEqualTo("a→b");
    assertThat(edges.get(0).get("carried_events").longValue()).isEqualTo(1);
    assertThat(edges.get(1).get("from").stringValue() + "→" + edges.get(1).get("to").stringValue())
        .isEqualTo("b→c");
    assertThat(edges.get(1).get("carried_events").longValue()).isEqualTo(1);
  }

  @Test
  void report_twoHopChain_listsEdgesAndPath() {
    PostMortem.write(twoHopChain().writeTo(directory));
    String markdown = RunFixtures.markdown(directory);

    assertThat(markdown)
        .contains(
            "2 of 2 dependency edges carried degradation (a → b, b → c). The longest degradation "
                + "path has 2 hops: a (#2 SERVICE_OVERLOAD, t=2) → b (#3 SERVICE_OVERLOAD, t=3) → c (#4 SERVICE_OVERLOAD, t=4).");
    assertThat(markdown)
        .contains(
            "Failure mode: cascading: 2 of 2 dependency edges carried degradation, and the longest "
                + "degradation path has 2 hops");
  }

  @Test
  void path_twoHopChain_endsAtRemoteService() {
    PostMortem.write(twoHopChain().writeTo(directory));
    JsonNode json = RunFixtures.json(directory);

    assertThat(json.get("longest_degradation_path").get("hops").intValue()).isEqualTo(2);
    assertThat(RunFixtures.service(json, "c").get("degradation_hops").intValue()).isEqualTo(2);
    assertThat(RunFixtures.service(json, "b").get("degradation_hops").intValue()).isEqualTo(1);
    assertThat(RunFixtures.service(json, "a").get("degradation_hops").intValue()).isZero();
  }

  @Test
  void characterization_withoutScenario_cannotFindCarriedEdges() throws Exception {
    Path written = twoHopChain().writeTo(directory);
    java.nio.file.Files.delete(written.resolve("scenario.yaml"));
    PostMortem.write(written);
    JsonNode json = RunFixtures.json(directory);

    assertThat(json.get("dependency_edges").get("known").booleanValue()).isFalse();
    assertThat(json.get("characterization").get("mode").stringValue()).isEqualTo("localized");
    assertThat(json.get("characterization").get("caveats").get(0).stringValue())
        .startsWith("scenario.yaml gave no dependency edges");
    assertThat(json.get("scenario").get("notes").get(0).stringValue())
        .isEqualTo("scenario.yaml is missing from the run directory");
  }

  @Test
  void characterization_halfTheServicesFailed_isSystemic() {
    HandWrittenRun run = new HandWrittenRun().services("a", "b", "c", "d");
    run.event(
        1,
        1,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":1.0,\"services\":[\"a\",\"b\"]}");
    for (String service : new String[] {"a", "b", "c", "d"}) {
      run.row(1, 1, "FLOOD_IMPACT", "environment:flood", service, 0.0, 1.0, 2.0, "active");
    }
    run.event(
        2,
        3,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":1.0,\"services\":[\"a\",\"b\"]}");
    run.row(2, 3, "FLOOD_IMPACT", "environment:flood", "a", 0.0, 2.0, 2.0, "failed");
    run.row(2, 3, "FLOOD_IMPACT", "environment:flood", "b", 0.0, 2.0, 2.0, "failed");
    run.row(2, 3, "FLOOD_IMPACT", "environment:flood", "c", 0.0, 1.0, 2.0, "active");
    run.row(2, 3, "FLOOD_IMPACT", "environment:flood", "d", 0.0, 1.0, 2.0, "active");
    PostMortem.write(run.writeTo(directory));
    JsonNode json = RunFixtures.json(directory);

    assertThat(json.get("characterization").get("mode").stringValue()).isEqualTo("systemic");
    assertThat(json.get("characterization").get("numbers").get("failed_services").intValue())
        .isEqualTo(2);
    assertThat(json.get("failed_services").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(RunFixtures.service(json, "a").get("failures").get(0).get("time").longValue())
        .isEqualTo(3);
  }

  @Test
  void characterization_oneOfFourFailed_isNotSystemic() {
    HandWrittenRun run = new HandWrittenRun().services("a", "b", "c", "d");
    run.event(
        1,
        1,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":1.0,\"services\":[\"a\"]}");
    run.row(1, 1, "FLOOD_IMPACT", "environment:flood", "a", 0.0, 1.0, 2.0, "failed");
    for (String service : new String[] {"b", "c", "d"}) {
      run.row(1, 1, "FLOOD_IMPACT", "environment:flood", service, 0.0, 1.0, 2.0, "active");
    }
    PostMortem.write(run.writeTo(directory));

    assertThat(RunFixtures.json(directory).get("characterization").get("mode").stringValue())
        .isEqualTo("localized");
  }

  @Test
  void characterization_nothingOverloaded_isNone() {
    HandWrittenRun run = new HandWrittenRun().services("a");
    run.event(
        1,
        1,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":1.0,\"services\":[\"a\"]}");
    run.row(1, 1, "FLOOD_IMPACT", "environment:flood", "a", 0.0, 1.0, 2.0, "active");
    PostMortem.write(run.writeTo(directory));

    assertThat(RunFixtures.json(directory).get("characterization").get("mode").stringValue())
        .isEqualTo("none");
  }

  @Test
  void failure_recoveredService_listsFailureAndRecovery() {
    HandWrittenRun run = new HandWrittenRun().services("a", "b");
    run.event(
        1,
        1,
        "FLOOD_IMPACT",
        "environment:flood",
        null,
        "{\"intensity\":1.0,\"services\":[\"a\"]}");
    run.row(1, 1, "FLOOD_IMPACT", "environment:flood", "a", 0.0, 1.0, 2.0, "active");
    run.row(1, 1, "FLOOD_IMPACT", "environment:flood", "b", 0.0, 1.0, 2.0, "active");
    run.event(2, 2, "SERVICE_FAILED", "a", 1L, "{}");
    run.row(2, 2, "SERVICE_FAILED", "a", "a", 0.0, 1.0, 2.0, "failed");
    run.row(2, 2, "SERVICE_FAILED", "a", "b", 0.0, 1.0, 2.0, "active");
    run.event(3, 5, "SERVICE_RESTORED", "a", 2L, "{}");
    run.row(3, 5, "SERVICE_RESTORED", "a", "a", 0.0, 1.0, 2.0, "active");
    run.row(3, 5, "SERVICE_RESTORED", "a", "b", 0.0, 1.0, 2.0, "active");
    PostMortem.write(run.writeTo(directory));
    JsonNode a = RunFixtures.service(RunFixtures.json(directory), "a");
    String markdown = RunFixtures.markdown(directory);

    assertThat(a.get("failures").get(0).get("time").longValue()).isEqualTo(2);
    assertThat(a.get("recoveries").get(0).get("time").longValue()).isEqualTo(5);
    assertThat(a.get("first_service_failed").get("id").longValue()).isEqualTo(2);
    assertThat(markdown).contains("| 2 | failure | a | #2 SERVICE_FAILED | active → failed |");
    assertThat(markdown).contains("| 5 | recovery | a | #3 SERVICE_RESTORED | failed → active |");
    assertThat(markdown).contains("1 of 2 services failed: a (failed at t=2; recovered at t=5;");
  }
}
