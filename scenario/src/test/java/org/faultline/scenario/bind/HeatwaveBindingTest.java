package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.faultline.model.spec.HeatwaveSpec;
import org.faultline.model.spec.Perturbation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of the heatwave stressor kind, whose keys differ from a flood's. */
class HeatwaveBindingTest {

  private static final String SCENARIO =
      BindingFiles.HEAD
          + """
            services:
              - {id: power, capacity: 2}
              - {id: water, capacity: 2}
            stressors:
              - id: environment:heatwave
                kind: heatwave
                targets: [power, water]
                onset: 2
                pulses: 3
                interval: 2
                intensity: 1.5
                perturbation: 0.2
                perturbation_duration: 4
            """;

  @TempDir Path directory;

  @Test
  void heatwave_allKeys_bound() {
    assertThat(new BindingFiles(directory).load(SCENARIO).stressors())
        .containsExactly(
            new HeatwaveSpec(
                "environment:heatwave",
                List.of("power", "water"),
                2,
                3,
                2,
                1.5,
                new Perturbation(0.2, 4)));
  }

  @Test
  void heatwave_resourceDrain_rejectedAsUnknownKey() {
    List<String> problems =
        new BindingFiles(directory).problems(SCENARIO + "    resource_drain: 0.1\n");

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("16:5: stressors[0].resource_drain: unknown key 'resource_drain'");
  }

  @Test
  void stressor_unknownKind_rejectedNamingBothKinds() {
    List<String> problems =
        new BindingFiles(directory).problems(SCENARIO.replace("kind: heatwave", "kind: drought"));

    assertThat(problems)
        .contains(
            "8:11: stressors[0].kind: invalid value \"drought\": must be one of flood, heatwave");
  }
}
