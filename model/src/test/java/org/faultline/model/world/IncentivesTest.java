package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.faultline.engine.event.Event;
import org.faultline.model.spec.Allocation;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/**
 * Misaligned incentives: allocation rules that favour the most stressed or a fixed priority, and
 * citizens who escalate their demand when the services they use are stressed.
 */
class IncentivesTest {

  @Test
  void allocation_equal_splitsAmongActiveServices() {
    EventLog.Snapshot after = intervention(Allocation.EQUAL, List.of(), Optional.empty());

    assertThat(after.get("resource", "a")).isCloseTo(1.3, within(1e-12));
    assertThat(after.get("resource", "b")).isCloseTo(1.3, within(1e-12));
    assertThat(after.get("resource", "c")).isCloseTo(1.3, within(1e-12));
  }

  @Test
  void allocation_mostStressed_givesAllToTheMostStressed() {
    EventLog.Snapshot after = intervention(Allocation.MOST_STRESSED, List.of(), Optional.empty());

    assertThat(after.get("resource", "a")).isEqualTo(1.0);
    assertThat(after.get("resource", "b")).isEqualTo(1.0);
    assertThat(after.get("resource", "c")).isCloseTo(1.9, within(1e-12));
  }

  @Test
  void allocation_mostStressedAsReported_favoursTheServiceThatReports() {
    // c is the most stressed, but the office hears only from a and b.
    EventLog.Snapshot after =
        intervention(Allocation.MOST_STRESSED, List.of(), Optional.of(List.of("a", "b")));

    assertThat(after.get("resource", "b")).isCloseTo(1.9, within(1e-12));
    assertThat(after.get("resource", "c")).isEqualTo(1.0);
  }

  @Test
  void allocation_priority_givesAllToTheFirstListedService() {
    EventLog.Snapshot after =
        intervention(Allocation.PRIORITY, List.of("a", "c"), Optional.empty());

    assertThat(after.get("resource", "a")).isCloseTo(1.9, within(1e-12));
    assertThat(after.get("resource", "b")).isEqualTo(1.0);
    assertThat(after.get("resource", "c")).isEqualTo(1.0);
  }

  @Test
  void citizens_usedServicesStressed_escalateDemand() {
    EventLog log = run(panickingCitizens(Optional.of(List.of("desk"))));

    // desk's stress is 1/3 at t=2 and 2/3 at t=3, past the panic threshold 0.5.
    Event spike = log.first("DEMAND_SPIKE", "citizen:1");
    assertThat(spike.time()).isEqualTo(4);
    assertThat(spike.payload().getDouble("intensity")).isEqualTo(3.0);
    assertThat(spike.payload().getDouble("perceived_stress")).isCloseTo(2.0 / 3.0, within(1e-12));
  }

  @Test
  void citizens_escalatedDemand_loadsOnlyUsedServicesAndRaisesOwnStress() {
    EventLog log = run(panickingCitizens(Optional.of(List.of("desk"))));

    EventLog.Snapshot afterSpike = log.after("DEMAND_SPIKE").get(0);
    EventLog.Snapshot beforeSpike = log.after("SERVICE_OVERLOAD").get(2);
    assertThat(afterSpike.get("load", "desk") - beforeSpike.get("load", "desk")).isEqualTo(3.0);
    assertThat(afterSpike.get("load", "clinic")).isZero();
    assertThat(afterSpike.get("stress", "citizen:1")).isCloseTo(2.0 / 3.0, within(1e-12));
  }

  @Test
  void citizens_withoutUsedServices_neverEscalate() {
    EventLog log = run(panickingCitizens(Optional.empty()));

    assertThat(log.ofType("DEMAND_SPIKE")).isEmpty();
    assertThat(log.ofType("NORMAL_DEMAND")).isNotEmpty();
  }

  /**
   * Services a, b and c with resources 1, of which b and c overload at t=1 with stress increments
   * 0.2 and 0.9, and an office whose threshold 0.1 makes it release 0.9 at once. Returns the state
   * after its intervention.
   */
  private static EventLog.Snapshot intervention(
      Allocation allocation, List<String> priority, Optional<List<String>> reportsFrom) {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .horizon(4)
            .service(new ServiceSpec("a", 1.0, 1.0, List.of(), 1.0, 0.0))
            .service(new ServiceSpec("b", 1.0, 1.0, List.of(), 1.0, 0.2))
            .service(new ServiceSpec("c", 1.0, 1.0, List.of(), 1.0, 0.9))
            .policy(
                new PolicySpec("policy:city", 0.9, 0.1, 0, 0.9, reportsFrom, allocation, priority))
            .stressor(new FloodSpec("environment:flood", List.of("b", "c"), 1, 1, 0, 5.0, 0.0))
            .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 1))
            .rule(new SchedulingRule("SERVICE_REPORT", false, 0))
            .rule(new SchedulingRule("POLICY_INTENT", true, 0))
            .rule(new SchedulingRule("POLICY_INTERVENTION", true, 0))
            .reactTo("FLOOD_IMPACT", "SERVICE_OVERLOAD", "SERVICE_REPORT")
            .build();
    return run(spec).after("POLICY_INTERVENTION").get(0);
  }

  /**
   * desk, of capacity 1, flooded with 5 at t=1 and reporting an overload each tick (stress 1/3
   * each), clinic untouched, and citizens with demand 1, escalation 3 and panic threshold 0.5.
   */
  private static ScenarioSpec panickingCitizens(Optional<List<String>> uses) {
    return new ScenarioBuilder()
        .horizon(5)
        .service(new ServiceSpec("desk", 1.0, 1.0, List.of(), 1.0, 1.0 / 3.0))
        .service(new ServiceSpec("clinic", 100.0, 100.0, List.of(), 1.0, 0.0))
        .citizen(new CitizenSpec("citizen:1", 1.0, 0.5, 1.0, uses, 3.0))
        .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 5.0, 0.0))
        .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 1))
        .rule(new SchedulingRule("NORMAL_DEMAND", false, 1))
        .rule(new SchedulingRule("DEMAND_SPIKE", false, 1))
        .reactTo("FLOOD_IMPACT", "SERVICE_OVERLOAD")
        .build();
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
