package org.faultline.analysis.structure;

import java.util.List;
import java.util.OptionalLong;

/** A small, fixed run used as the regression example of the section and its JSON. */
final class Examples {

  private Examples() {}

  /**
   * Power feeds water, telecom and a school; water and telecom feed the hospital. A stressor hits
   * power; degradation reaches water and then the hospital, along power → water → hospital.
   */
  static StructureInput utilities() {
    List<String> services = List.of("power", "water", "telecom", "hospital", "school");
    FeatureTable features =
        LoggedFeatures.of(
            100,
            List.of(
                new ServiceObservation("power", 0.9, 50, 0.2, true, OptionalLong.of(5)),
                new ServiceObservation("water", 0.7, 30, 0.5, false, OptionalLong.of(20)),
                new ServiceObservation("telecom", 0.3, 0, 0.9, false, OptionalLong.empty()),
                new ServiceObservation("hospital", 0.8, 25, 0.4, true, OptionalLong.of(30)),
                new ServiceObservation("school", 0.2, 0, 1.0, false, OptionalLong.empty())));
    return new StructureInput(
        services,
        Inputs.edges(
            "power>water", "power>telecom", "water>hospital", "telecom>hospital", "power>school"),
        features,
        List.of("power"),
        List.of(
            ServiceOutcome.degraded("power", 5, 1),
            ServiceOutcome.degraded("water", 3, 2),
            ServiceOutcome.unaffected("telecom", 0.5),
            ServiceOutcome.degraded("hospital", 4, 3),
            ServiceOutcome.unaffected("school", 0)),
        Inputs.edges("power>water", "water>hospital"));
  }
}
