package org.faultline.scenario.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.faultline.engine.event.Event;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/**
 * The built-in scenario {@code flood-cascade}: the flood cascades along dependencies, the office
 * intervenes only after the first failure, and without coordination delays fewer services fail.
 */
class FloodCascadeTest {

  /** The overrides that set every coordination delay of the scenario to zero. */
  static final String[] ZERO_DELAYS = {
    "channels.reporting.minimum=0",
    "channels.reporting.jitter=0",
    "channels.cabinet.minimum=0",
    "channels.cabinet.jitter=0",
    "policy_offices.policy:city.intervention_delay=0"
  };

  private static final ScenarioRun DELAYED = ScenarioRun.of("flood-cascade");
  private static final ScenarioRun IMMEDIATE = ScenarioRun.of("flood-cascade", ZERO_DELAYS);

  @Test
  void floodCascade_sixServices_allNamedInTheCity() {
    assertThat(DELAYED.spec.services())
        .extracting(ServiceSpec::id)
        .containsExactly("power", "transport", "telecom", "water", "emergency", "hospital");
  }

  @Test
  void floodCascade_withDelays_atLeastThreeServicesFail() {
    assertThat(DELAYED.failedServices()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void floodCascade_failure_tracesBackToFloodOverTwoDependencyHops() {
    List<List<String>> paths = new ArrayList<>();
    for (Event failure : DELAYED.ofType("SERVICE_FAILED")) {
      List<Event> lineage = DELAYED.lineage(failure);
      Event root = lineage.get(lineage.size() - 1);
      if (root.type().name().equals("FLOOD_IMPACT")) {
        paths.add(servicesAlong(lineage));
      }
    }

    // Some failure's causes pass through three services, each depending on the next.
    assertThat(paths)
        .anySatisfy(
            path -> {
              assertThat(path).hasSizeGreaterThanOrEqualTo(3);
              for (int i = 0; i + 1 < path.size(); i++) {
                assertThat(dependsOn(path.get(i), path.get(i + 1)))
                    .as(path.get(i) + " depends on " + path.get(i + 1))
                    .isTrue();
              }
            });
  }

  @Test
  void floodCascade_everyFailure_tracesBackToTheFlood() {
    for (Event failure : DELAYED.ofType("SERVICE_FAILED")) {
      List<Event> lineage = DELAYED.lineage(failure);

      assertThat(lineage.get(lineage.size() - 1).type().name())
          .as("root of " + failure)
          .isEqualTo("FLOOD_IMPACT");
    }
  }

  @Test
  void floodCascade_withDelays_interventionOnlyAfterFirstFailure() {
    long firstFailure = DELAYED.ofType("SERVICE_FAILED").get(0).time();

    assertThat(DELAYED.ofType("POLICY_INTERVENTION"))
        .isNotEmpty()
        .allSatisfy(intervention -> assertThat(intervention.time()).isGreaterThan(firstFailure));
  }

  @Test
  void floodCascade_zeroCoordinationDelays_fewerServicesFail() {
    assertThat(IMMEDIATE.failedServices()).hasSizeLessThan(DELAYED.failedServices().size());
  }

  @Test
  void floodCascade_zeroCoordinationDelays_intervenesBeforeFirstFailure() {
    long firstFailure = IMMEDIATE.ofType("SERVICE_FAILED").get(0).time();

    assertThat(IMMEDIATE.ofType("POLICY_INTERVENTION").get(0).time()).isLessThan(firstFailure);
  }

  @Test
  void floodCascade_zeroCoordinationDelays_changesOnlyDelays() {
    assertThat(IMMEDIATE.spec.channels())
        .allSatisfy(
            channel -> {
              assertThat(channel.minimum()).isZero();
              assertThat(channel.jitter()).isZero();
            });
    assertThat(IMMEDIATE.spec.channels())
        .extracting(channel -> channel.capacity())
        .isEqualTo(DELAYED.spec.channels().stream().map(channel -> channel.capacity()).toList());
  }

  /** Returns the distinct services that are sources along a lineage, from the failure back. */
  private static List<String> servicesAlong(List<Event> lineage) {
    Set<String> services = new LinkedHashSet<>();
    for (Event event : lineage) {
      if (DELAYED.spec.services().stream()
          .anyMatch(service -> service.id().equals(event.source().id()))) {
        services.add(event.source().id());
      }
    }
    return List.copyOf(services);
  }

  private static boolean dependsOn(String service, String dependency) {
    return DELAYED.spec.services().stream()
        .filter(spec -> spec.id().equals(service))
        .anyMatch(spec -> spec.dependsOn().contains(dependency));
  }
}
