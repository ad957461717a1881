package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.Perturbation;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** Resource coupling: drained resources lower effective capacity and interventions restore it. */
class ResourceCouplingTest {

  private static final Dynamics RESOURCES = Dynamics.none().withResourceCoupling();

  @Test
  void flood_drainsHalfTheResources_halvesEffectiveCapacity() {
    EventLog log = run(drainedDesk(RESOURCES));

    EventLog.Snapshot afterFlood = log.after("FLOOD_IMPACT").get(0);
    assertThat(afterFlood.get("resource", "desk")).isCloseTo(2.0, within(1e-12));
    assertThat(afterFlood.get("capacity", "desk")).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void intervention_restoresResources_restoresCapacityUpToNominal() {
    EventLog log = run(drainedDesk(RESOURCES));

    // The office releases its whole budget of 3: resource 2 + 3 = 5, factor min(1, 5/4) = 1.
    EventLog.Snapshot afterIntervention = log.after("POLICY_INTERVENTION").get(0);
    assertThat(afterIntervention.get("resource", "desk")).isCloseTo(5.0, within(1e-12));
    assertThat(afterIntervention.get("capacity", "desk")).isEqualTo(4.0);
  }

  @Test
  void resourceCoupling_off_capacityStaysNominal() {
    EventLog log = run(drainedDesk(Dynamics.none()));

    assertThat(log.after("FLOOD_IMPACT").get(0).get("capacity", "desk")).isEqualTo(4.0);
  }

  @Test
  void resourceCoupling_withDependencyCoupling_multipliesBothFactors() {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .horizon(1)
            .service(new ServiceSpec("desk", 4.0, 4.0, List.of(), 1.0, 0.0))
            .stressor(
                new FloodSpec(
                    "environment:flood",
                    List.of("desk"),
                    1,
                    1,
                    0,
                    10.0,
                    0.2,
                    new Perturbation(0.5, 10)))
            .dynamics(RESOURCES.withDependencyCoupling())
            .build();

    EventLog log = run(spec);

    // q = 0.5 · 0.5 = 0.25 after the first step and resources 2 of 4: 4 · 0.75 · 0.5 = 1.5.
    assertThat(log.after("COUPLING_STEP").get(0).get("capacity", "desk"))
        .isCloseTo(1.5, within(1e-12));
  }

  /**
   * A desk of capacity 4 and resources 4, flooded at t=1 with intensity 10 and drain 0.2, and an
   * office that releases its budget of 3 once the desk's overload reports raise its stress.
   */
  private static ScenarioSpec drainedDesk(Dynamics dynamics) {
    return new ScenarioBuilder()
        .horizon(6)
        .service(new ServiceSpec("desk", 4.0, 4.0, List.of(), 1.0, 1.0 / 3.0))
        .policy(new PolicySpec("policy:city", 3.0, 0.0, 1, 3.0))
        .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 10.0, 0.2))
        .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 1))
        .rule(new SchedulingRule("POLICY_INTENT", true, 0))
        .rule(new SchedulingRule("POLICY_INTERVENTION", true, 0))
        .reactTo("FLOOD_IMPACT", "SERVICE_OVERLOAD")
        .dynamics(dynamics)
        .build();
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
