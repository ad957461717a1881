package org.faultline.scenario.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.faultline.engine.event.Event;
import org.faultline.model.coupling.CouplingMatrix;
import org.faultline.model.spec.HeatwaveSpec;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.model.world.World;
import org.junit.jupiter.api.Test;

/**
 * The built-in scenario {@code six-sectors}: the six sectors with the dependencies of Rinaldi,
 * Peerenboom and Kelly (2001), under a heatwave on power and water.
 */
class SixSectorsTest {

  private static final ScenarioRun RUN = ScenarioRun.of("six-sectors");

  @Test
  void sixSectors_dependencies_followRinaldiPeerenboomKelly() {
    Map<String, TreeSet<String>> dependencies = new TreeMap<>();
    for (ServiceSpec service : RUN.spec.services()) {
      dependencies.put(service.id(), new TreeSet<>(service.dependsOn()));
    }

    assertThat(dependencies)
        .isEqualTo(
            Map.of(
                "power",
                    new TreeSet<>(
                        List.of(
                            "oil", "natural_gas", "water", "transportation", "telecommunications")),
                "water", new TreeSet<>(List.of("power", "telecommunications")),
                "telecommunications", new TreeSet<>(List.of("power")),
                "transportation", new TreeSet<>(List.of("power", "oil", "telecommunications")),
                "natural_gas", new TreeSet<>(List.of("power", "telecommunications")),
                "oil", new TreeSet<>(List.of("power", "transportation", "telecommunications"))));
  }

  @Test
  void sixSectors_heatwave_raisesDemandOnPowerAndWater() {
    HeatwaveSpec heatwave = (HeatwaveSpec) RUN.spec.stressors().get(0);

    assertThat(heatwave.targets()).containsExactly("power", "water");
    assertThat(RUN.ofType("HEATWAVE_DEMAND")).isNotEmpty();
  }

  @Test
  void sixSectors_coupling_hasAnInteriorEquilibrium() {
    assertThat(CouplingMatrix.of(RUN.spec.services()).spectralRadius()).isLessThan(1.0);
    assertThat(World.of(RUN.spec).couplingWarning()).isEmpty();
  }

  @Test
  void sixSectors_sectorsTheHeatwaveMisses_degradeBecauseOfPower() {
    for (String sector : List.of("telecommunications", "transportation", "natural_gas", "oil")) {
      Event degraded =
          RUN.ofType("SERVICE_DEGRADED").stream()
              .filter(event -> event.source().id().equals(sector))
              .findFirst()
              .orElseThrow(() -> new AssertionError(sector + " never degrades"));
      List<Event> lineage = RUN.lineage(degraded);

      assertThat(lineage).extracting(event -> event.source().id()).as(sector).contains("power");
      assertThat(lineage.get(lineage.size() - 1).type().name())
          .as(sector)
          .isEqualTo("HEATWAVE_DEMAND");
    }
  }
}
