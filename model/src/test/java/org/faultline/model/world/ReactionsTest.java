package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** An agent with its own react_to observes those event types instead of the scenario's. */
class ReactionsTest {

  @Test
  void reactTo_ownEmptyList_agentNeverActs() {
    EventLog log = run(Optional.of(List.of()));

    assertThat(log.ofType("NORMAL_DEMAND")).isEmpty();
    assertThat(log.ofType("SERVICE_OVERLOAD")).hasSize(1);
  }

  @Test
  void reactTo_ownList_agentActsAfterItsTypesOnly() {
    EventLog log = run(Optional.of(List.of("SERVICE_OVERLOAD")));

    // The citizen ignores the flood and demands once, after the overload at t=2.
    assertThat(log.ofType("NORMAL_DEMAND")).extracting(event -> event.time()).containsExactly(3L);
  }

  @Test
  void reactTo_none_agentFollowsTheScenario() {
    EventLog log = run(Optional.empty());

    assertThat(log.ofType("NORMAL_DEMAND")).extracting(event -> event.time()).containsExactly(2L);
  }

  private static EventLog run(Optional<List<String>> citizenReactions) {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .horizon(5)
            .service(new ServiceSpec("desk", 1.0, 1.0, List.of(), 1.0, 0.0))
            .citizen(
                new CitizenSpec(
                    "citizen:1", 0.0, 10.0, 1.0, Optional.empty(), 2.0, citizenReactions))
            .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 5.0, 0.0))
            .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 1))
            .rule(new SchedulingRule("NORMAL_DEMAND", false, 1))
            .reactTo("FLOOD_IMPACT")
            .build();
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
