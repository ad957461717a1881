package org.faultline.model.world;

import java.util.List;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.InitialEventSpec;
import org.faultline.model.spec.Limits;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;

/** The reference scenario {@code flood-overload}, written in code to test the model alone. */
final class FloodOverloadFixture {

  private FloodOverloadFixture() {}

  static ScenarioSpec spec() {
    double third = ServiceSpec.DEFAULT_STRESS_INCREMENT;
    return new ScenarioSpec(
        "flood-overload",
        "Three services, one citizen population, one policy office and a three-pulse flood.",
        "hour",
        /* seed= */ 42,
        /* horizon= */ 10,
        List.of(
            new ServiceSpec("transport", 5.0, 5.0, List.of(), 1.0, third),
            new ServiceSpec("emergency", 3.0, 3.0, List.of("transport"), 1.0, third),
            new ServiceSpec("power", 4.0, 4.0, List.of(), 1.0, third)),
        List.of(new CitizenSpec("citizen:1", 1.0, 1.5, 1.0)),
        List.of(new PolicySpec("policy:central", 1.0, 1.0, 3, 0.2)),
        List.of(
            new FloodSpec(
                "environment:flood", List.of("transport", "emergency"), 1, 3, 0, 1.0, 0.1)),
        List.of(new InitialEventSpec("NORMAL_DEMAND", "citizen:1", 1, 1.0)),
        List.of(
            new SchedulingRule("SERVICE_OVERLOAD", false, 1),
            new SchedulingRule("POLICY_INTENT", true, 0),
            new SchedulingRule("POLICY_INTERVENTION", true, 0)),
        List.of("FLOOD_IMPACT", "NORMAL_DEMAND", "DEMAND_SPIKE", "POLICY_INTERVENTION"),
        Limits.defaults());
  }
}
