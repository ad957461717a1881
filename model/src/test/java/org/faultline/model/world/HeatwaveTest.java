package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.faultline.model.spec.HeatwaveSpec;
import org.faultline.model.spec.Perturbation;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** A heatwave raises demand on its targets and, under coupling, perturbs their inoperability. */
class HeatwaveTest {

  @Test
  void heatwave_pulses_addLoadToTargetsWithoutDrainingResources() {
    EventLog log = run(heatwave(new Perturbation(0.0, 1)));

    assertThat(log.ofType("HEATWAVE_DEMAND"))
        .extracting(event -> event.time())
        .containsExactly(2L, 4L, 6L);
    assertThat(log.last().get("load", "power")).isEqualTo(4.5);
    assertThat(log.last().get("load", "water")).isEqualTo(4.5);
    assertThat(log.last().get("load", "telecom")).isZero();
    assertThat(log.last().get("resource", "power")).isEqualTo(5.0);
  }

  @Test
  void heatwave_withPerturbation_raisesInoperabilityUnderCoupling() {
    ScenarioSpec spec = heatwave(new Perturbation(0.4, 10));
    ScenarioSpec coupled =
        new ScenarioSpec(
            spec.name(),
            spec.description(),
            spec.timeUnit(),
            spec.seed(),
            spec.horizon(),
            spec.services(),
            spec.citizens(),
            spec.policies(),
            spec.stressors(),
            spec.initialEvents(),
            spec.scheduling(),
            spec.reactTo(),
            spec.limits(),
            spec.dynamics().withDependencyCoupling(),
            spec.channels());

    EventLog log = run(coupled);

    assertThat(log.last().get("perturbation", "power")).isEqualTo(0.4);
    assertThat(log.last().get("inoperability", "power")).isPositive();
    assertThat(log.last().get("inoperability", "telecom")).isZero();
  }

  /** Three pulses of 1.5 on power and water at t=2, 4 and 6. */
  private static ScenarioSpec heatwave(Perturbation perturbation) {
    return new ScenarioBuilder()
        .horizon(6)
        .service(new ServiceSpec("power", 5.0, 5.0, List.of(), 1.0, 0.0))
        .service(new ServiceSpec("water", 5.0, 5.0, List.of(), 1.0, 0.0))
        .service(new ServiceSpec("telecom", 5.0, 5.0, List.of(), 1.0, 0.0))
        .stressor(
            new HeatwaveSpec(
                "environment:heatwave", List.of("power", "water"), 2, 3, 2, 1.5, perturbation))
        .build();
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
