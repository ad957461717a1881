package org.faultline.analysis.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The post-mortem of a run whose policy office intervenes: twenty flood pulses, one per tick, a
 * threshold of 0.5 and a horizon of 30 ticks. The total service stress first exceeds 0.5 after #23
 * at t=6; the next event agents react to is the flood pulse #7 at t=7, after which the office
 * intends; the intent and the intervention each wait the requested 3 ticks.
 */
class InterveningRunTest {

  @TempDir static Path directory;

  private static String markdown;
  private static JsonNode json;

  @BeforeAll
  static void analyse() {
    RunFixtures.analysed(RunFixtures.FLOOD_INTERVENING, directory);
    markdown = RunFixtures.markdown(directory);
    json = RunFixtures.json(directory);
  }

  @Test
  void json_interveningRun_givesIntentExecutionDelay() {
    JsonNode first = json.get("interventions").get(0);
    assertThat(first.get("office").stringValue()).isEqualTo("policy:central");
    assertThat(first.get("intent_time").longValue()).isEqualTo(7);
    assertThat(first.get("execution_time").longValue()).isEqualTo(13);
    assertThat(first.get("delay").longValue()).isEqualTo(6);
    assertThat(first.get("outcome").stringValue()).isEqualTo("executed");
  }

  @Test
  void json_interveningRun_givesDelayComponents() {
    JsonNode first = json.get("interventions").get(0);
    assertThat(first.get("intent_delay").get(0).get("component").stringValue())
        .isEqualTo("requested");
    assertThat(first.get("intent_delay").get(0).get("ticks").longValue()).isEqualTo(3);
    assertThat(first.get("intervention_delay").get(0).get("ticks").longValue()).isEqualTo(3);
    assertThat(first.get("scheduled_at").longValue()).isEqualTo(10);
  }

  @Test
  void json_interveningRun_lastIntentPending() {
    JsonNode interventions = json.get("interventions");
    JsonNode last = interventions.get(interventions.size() - 1);
    assertThat(interventions.size()).isEqualTo(4);
    assertThat(last.get("outcome").stringValue()).isEqualTo("pending_at_horizon");
    assertThat(last.get("intent_time").longValue()).isEqualTo(25);
    assertThat(last.get("execution_time").isNull()).isTrue();
  }

  @Test
  void json_interveningRun_givesCoordinationDelay() {
    JsonNode office = json.get("offices").get(0);
    assertThat(office.get("crossing").get("time").longValue()).isEqualTo(6);
    assertThat(office.get("crossing").get("event_id").longValue()).isEqualTo(23);
    assertThat(office.get("knowledge_time").longValue()).isEqualTo(6);
    assertThat(office.get("first_intent_time").longValue()).isEqualTo(7);
    assertThat(office.get("first_execution_time").longValue()).isEqualTo(13);
    JsonNode delay = office.get("coordination_delay");
    assertThat(delay.get("information").longValue()).isZero();
    assertThat(delay.get("decision").longValue()).isEqualTo(1);
    assertThat(delay.get("execution").longValue()).isEqualTo(6);
    assertThat(delay.get("total").longValue()).isEqualTo(7);
    assertThat(office.get("never_intervened").isNull()).isTrue();
  }

  @Test
  void report_interveningRun_statesIntentAndExecution() {
    assertThat(markdown)
        .contains(
            "First intended at t=7: the scheduled_at of POLICY_INTENT #27, which executed at t=10.");
    assertThat(markdown)
        .contains(
            "First intervention executed at t=13 (POLICY_INTERVENTION #29), 6 ticks after its intent at t=7.");
  }

  @Test
  void report_interveningRun_splitsTheCoordinationDelay() {
    assertThat(markdown)
        .contains(
            "Coordination delay: 7 ticks from the crossing at t=6 to the intervention at t=13 "
                + "= information 0 + decision 1 + execution 6; the execution delay is the intent's delay 3 (requested 3) "
                + "plus the intervention's delay 3 (requested 3).");
  }

  @Test
  void report_interveningRun_listsInterventionsInTheTimeline() {
    assertThat(markdown)
        .contains(
            "| 10 | policy intent | policy:central | #27 POLICY_INTENT | intended at t=7 | 7 "
                + "| 3 (requested 3) |");
    assertThat(markdown)
        .contains(
            "| 13 | policy intervention | policy:central | #29 POLICY_INTERVENTION "
                + "| executed 6 ticks after the intent at t=7 | 10 | 3 (requested 3) |");
  }

  @Test
  void report_interveningRun_saysOneEventWasPending() {
    assertThat(markdown).contains("1 event was still scheduled when the run stopped at t=30.");
  }

  @Test
  void json_interveningRun_deepestChainCrossesOffice() {
    JsonNode chain = json.get("deepest_chain");
    assertThat(chain.get("depth").intValue()).isEqualTo(8);
    assertThat(chain.get("events").get(0).get("type").stringValue()).isEqualTo("FLOOD_IMPACT");
    assertThat(chain.get("events").get(7).get("id").longValue()).isEqualTo(34);
  }
}
