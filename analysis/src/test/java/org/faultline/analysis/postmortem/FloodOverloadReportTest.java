package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The post-mortem of the reference scenario states what its data shows. */
class FloodOverloadReportTest {

  @TempDir static Path directory;

  private static String markdown;
  private static JsonNode json;

  @BeforeAll
  static void analyse() {
    RunFixtures.analysed(RunFixtures.FLOOD_OVERLOAD, directory);
    markdown = RunFixtures.markdown(directory);
    json = RunFixtures.json(directory);
  }

  @Test
  void report_floodOverload_onlyEmergencyOverloads() {
    assertThat(markdown)
        .contains(
            "Only emergency overloaded: its load exceeded its effective capacity from t=1, "
                + "and its first SERVICE_OVERLOAD executed at t=2 (#5), 1 in all. Never overloaded: transport, power.");
  }

  @Test
  void json_floodOverload_onlyEmergencyReportsOverload() {
    assertThat(
            RunFixtures.service(json, "emergency")
                .get("first_overload_report")
                .get("time")
                .longValue())
        .isEqualTo(2);
    assertThat(RunFixtures.service(json, "transport").get("first_overload_report").isNull())
        .isTrue();
    assertThat(RunFixtures.service(json, "power").get("first_overload_report").isNull()).isTrue();
  }

  @Test
  void report_floodOverload_saysNoServiceFailed() {
    assertThat(markdown).contains("No service failed: no row of metrics.csv has the status failed");
  }

  @Test
  void json_floodOverload_listsNoFailedService() {
    assertThat(json.get("failed_services").isEmpty()).isTrue();
  }

  @Test
  void report_floodOverload_saysNothingCascaded() {
    assertThat(markdown).contains("No dependency edge of 1 carried degradation: nothing cascaded.");
  }

  @Test
  void json_floodOverload_isLocalized() {
    JsonNode characterization = json.get("characterization");
    assertThat(characterization.get("mode").stringValue()).isEqualTo("localized");
    assertThat(characterization.get("numbers").get("carried_edges").intValue()).isZero();
    assertThat(characterization.get("numbers").get("affected_services").intValue()).isEqualTo(1);
  }

  @Test
  void report_floodOverload_explainsNoIntervention() {
    assertThat(markdown)
        .contains(
            "policy:central never intervened because the total service stress never exceeded "
                + "its threshold: it peaked at 0.333 (t=2), below the threshold of 1.0.");
  }

  @Test
  void json_floodOverload_officeNeverCrossed() {
    JsonNode office = json.get("offices").get(0);
    assertThat(office.get("id").stringValue()).isEqualTo("policy:central");
    assertThat(office.get("never_intervened").get("reason").stringValue())
        .isEqualTo("never_crossed");
    assertThat(office.get("crossing").isNull()).isTrue();
    assertThat(office.get("stress_threshold").doubleValue()).isEqualTo(1.0);
    assertThat(json.get("peak_total_stress").get("value").doubleValue()).isEqualTo(1.0 / 3.0);
    assertThat(json.get("peak_total_stress").get("time").longValue()).isEqualTo(2);
  }

  @Test
  void json_floodOverload_hasNoIntervention() {
    assertThat(json.get("interventions").isEmpty()).isTrue();
  }

  @Test
  void json_floodOverload_givesTheDeepestChain() {
    JsonNode chain = json.get("deepest_chain");
    assertThat(chain.get("depth").intValue()).isEqualTo(2);
    assertThat(chain.get("events").get(0).get("id").longValue()).isEqualTo(4);
    assertThat(chain.get("events").get(0).get("type").stringValue()).isEqualTo("NORMAL_DEMAND");
    assertThat(chain.get("events").get(1).get("id").longValue()).isEqualTo(5);
    assertThat(chain.get("events").get(1).get("source").stringValue()).isEqualTo("emergency");
  }

  @Test
  void report_floodOverload_printsOverloadChain() {
    assertThat(markdown)
        .contains("- #4 NORMAL_DEMAND (citizen:1, t=1) → #5 SERVICE_OVERLOAD (emergency, t=2)\n");
  }

  @Test
  void report_floodOverload_groupsRejectedIntents() {
    assertThat(markdown)
        .contains(
            "| NORMAL_DEMAND | no channel schedules NORMAL_DEMAND in this scenario's scheduling table | 4 |");
  }

  @Test
  void report_floodOverload_listsStressorOnsetAndEnd() {
    assertThat(markdown)
        .contains(
            "| 1 | stressor onset | environment:flood | #1 FLOOD_IMPACT | first of 3 events |");
    assertThat(markdown)
        .contains("| 1 | stressor end | environment:flood | #3 FLOOD_IMPACT | last of 3 events |");
  }

  @Test
  void json_floodOverload_startsWithTheFormat() {
    assertThat(json.propertyNames().iterator().next()).isEqualTo("format");
    assertThat(json.get("format").stringValue()).isEqualTo("faultline-analysis/1");
  }

  @Test
  void report_floodOverload_seedShapedNoDelay() {
    assertThat(markdown).contains("so the seed (42) shaped no delay of this run.");
  }
}
