package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.faultline.engine.event.Event;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.Perturbation;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** Dependency coupling: the dynamic inoperability input-output model run through the engine. */
class DependencyCouplingTest {

  private static final Dynamics COUPLED = Dynamics.none().withDependencyCoupling();

  @Test
  void couplingStep_haimesJiangExample_followsHandComputedTrajectory() {
    EventLog log = run(haimesJiang(COUPLED, /* horizon= */ 3));

    // k = 0.5 and c* = (0, 0.6) from t=1: q(1) = (0, 0.3), q(2) = (0.12, 0.45), q(3) = (0.24,
    // 0.537).
    List<List<Double>> q = log.inoperabilityAfter("COUPLING_STEP");
    assertThat(q).hasSize(3);
    assertThat(q.get(0).get(0)).isCloseTo(0.0, within(1e-12));
    assertThat(q.get(0).get(1)).isCloseTo(0.3, within(1e-12));
    assertThat(q.get(1).get(0)).isCloseTo(0.12, within(1e-12));
    assertThat(q.get(1).get(1)).isCloseTo(0.45, within(1e-12));
    assertThat(q.get(2).get(0)).isCloseTo(0.24, within(1e-12));
    assertThat(q.get(2).get(1)).isCloseTo(0.537, within(1e-12));
  }

  @Test
  void couplingStep_constantPerturbation_settlesAtHaimesJiangEquilibrium() {
    EventLog log = run(haimesJiang(COUPLED, /* horizon= */ 100));

    List<Double> last = log.inoperabilityAfter("COUPLING_STEP").get(99);
    assertThat(last.get(0)).isCloseTo(0.571429, within(1e-6));
    assertThat(last.get(1)).isCloseTo(0.714286, within(1e-6));
  }

  @Test
  void coupling_on_lowersDependentCapacity() {
    World world = World.of(haimesJiang(COUPLED, /* horizon= */ 100));
    CapacityProbe probe = new CapacityProbe(world, "a");

    world.newSimulation(List.of(probe)).run();

    assertThat(probe.last).isCloseTo(4.0 * (1 - 0.571429), within(1e-5));
  }

  @Test
  void coupling_off_keepsNominalCapacityAndNoSteps() {
    World world = World.of(haimesJiang(Dynamics.none(), /* horizon= */ 100));
    CapacityProbe probe = new CapacityProbe(world, "a");
    EventLog log = new EventLog(world);

    world.newSimulation(List.of(probe, log)).run();

    assertThat(probe.last).isEqualTo(4.0);
    assertThat(log.ofType("COUPLING_STEP")).isEmpty();
  }

  @Test
  void crossings_chainOfDependencies_eachTracesBackToTheFlood() {
    EventLog log = run(chain(/* perturbationTicks= */ 50, /* horizon= */ 12));

    assertThat(log.statusChanges())
        .containsExactly(
            "1 SERVICE_DEGRADED power",
            "3 SERVICE_FAILED power",
            "3 SERVICE_DEGRADED telecom",
            "5 SERVICE_DEGRADED dispatch",
            "6 SERVICE_FAILED telecom",
            "11 SERVICE_FAILED dispatch");
    Event dispatchFailure =
        log.first(
                event ->
                    event.type().name().equals("SERVICE_FAILED")
                        && event.source().id().equals("dispatch"))
            .orElseThrow();
    assertThat(log.lineage(dispatchFailure))
        .containsExactly(
            "SERVICE_FAILED dispatch",
            "SERVICE_FAILED telecom",
            "SERVICE_FAILED power",
            "FLOOD_IMPACT environment:flood");
  }

  @Test
  void crossing_dependencyStillDegraded_causeIsItsDegradation() {
    EventLog log = run(chain(/* perturbationTicks= */ 50, /* horizon= */ 12));

    Event telecomDegraded =
        log.first(
                event ->
                    event.type().name().equals("SERVICE_DEGRADED")
                        && event.source().id().equals("telecom"))
            .orElseThrow();
    assertThat(log.lineage(telecomDegraded))
        .containsExactly(
            "SERVICE_DEGRADED telecom", "SERVICE_DEGRADED power", "FLOOD_IMPACT environment:flood");
  }

  @Test
  void crossing_statusChange_setsStatusAndZeroCapacityOnFailure() {
    World world = World.of(chain(/* perturbationTicks= */ 50, /* horizon= */ 3));
    CapacityProbe probe = new CapacityProbe(world, "power");

    world.newSimulation(List.of(probe)).run();

    assertThat(probe.lastStatus).isEqualTo("failed");
    assertThat(probe.last).isZero();
  }

  @Test
  void restoration_perturbationEnds_restoresAndTracesToTheDisruption() {
    EventLog log = run(chain(/* perturbationTicks= */ 2, /* horizon= */ 30));

    Event restored =
        log.first(
                event ->
                    event.type().name().equals("SERVICE_RESTORED")
                        && event.source().id().equals("power"))
            .orElseThrow();
    assertThat(restored.payload().getString("status")).isEqualTo("active");
    assertThat(log.byId(restored.cause().getAsLong()).type().name()).isEqualTo("SERVICE_DEGRADED");
    assertThat(log.byId(restored.cause().getAsLong()).source().id()).isEqualTo("power");
  }

  @Test
  void couplingWarning_fullyCoupledCycle_namesTheCycle() {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .service(service("a", List.of(new Dependency("b", 1.0)), 0.5))
            .service(service("b", List.of(new Dependency("a", 1.0)), 0.5))
            .service(service("c", List.of(new Dependency("a", 0.5)), 0.5))
            .dynamics(COUPLED)
            .build();

    assertThat(World.of(spec).couplingWarning())
        .hasValueSatisfying(
            warning ->
                assertThat(warning)
                    .contains("spectral radius 1.000000 ≥ 1")
                    .endsWith("the dependency cycles whose coupling causes this: [[a, b]]"));
  }

  @Test
  void couplingWarning_radiusBelowOne_none() {
    assertThat(World.of(haimesJiang(COUPLED, 10)).couplingWarning()).isEmpty();
  }

  @Test
  void couplingWarning_couplingOff_none() {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .service(service("a", List.of(new Dependency("b", 1.0)), 0.5))
            .service(service("b", List.of(new Dependency("a", 1.0)), 0.5))
            .build();

    assertThat(World.of(spec).couplingWarning()).isEmpty();
  }

  /** A* = [[0, 0.8], [0.2, 0]], k = 0.5, and a flood applying c* = 0.6 to b from t=1 on. */
  private static ScenarioSpec haimesJiang(Dynamics dynamics, long horizon) {
    return new ScenarioBuilder()
        .horizon(horizon)
        .service(service("a", List.of(new Dependency("b", 0.8)), 0.5))
        .service(service("b", List.of(new Dependency("a", 0.2)), 0.5))
        .stressor(flood(List.of("b"), 0.6, 1000))
        .dynamics(dynamics)
        .build();
  }

  /** power ← telecom ← dispatch, each coupled at 0.9, and a flood applying c* = 0.9 to power. */
  private static ScenarioSpec chain(long perturbationTicks, long horizon) {
    return new ScenarioBuilder()
        .horizon(horizon)
        .service(service("power", List.of(), 0.5))
        .service(service("telecom", List.of(new Dependency("power", 0.9)), 0.5))
        .service(service("dispatch", List.of(new Dependency("telecom", 0.9)), 0.5))
        .stressor(flood(List.of("power"), 0.9, perturbationTicks))
        .dynamics(COUPLED)
        .build();
  }

  private static ServiceSpec service(
      String id, List<Dependency> dependencies, double recoveryRate) {
    return new ServiceSpec(
        id,
        4.0,
        4.0,
        dependencies,
        1.0,
        0.0,
        new Inoperability(recoveryRate, 0.0, 0.3, 0.7),
        Backlog.defaults());
  }

  private static FloodSpec flood(List<String> targets, double level, long ticks) {
    return new FloodSpec(
        "environment:flood", targets, 1, 1, 0, 0.0, 0.0, new Perturbation(level, ticks));
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
