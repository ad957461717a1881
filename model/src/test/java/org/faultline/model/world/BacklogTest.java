package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.faultline.engine.event.Event;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.CitizenSpec;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.Dynamics;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.InitialEventSpec;
import org.faultline.model.spec.Inoperability;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** Backlog, failure and repair: services serve load each tick, queue the rest and may fail. */
class BacklogTest {

  private static final Dynamics BACKLOG = Dynamics.none().withBacklog();

  @Test
  void serviceStep_demandAboveCapacity_servesCapacityAndQueuesTheRest() {
    EventLog log = run(demandOnOneService(BACKLOG, /* horizon= */ 2));

    List<EventLog.Snapshot> steps = log.after("SERVICE_STEP");
    assertThat(steps.get(0).get("load", "desk")).isEqualTo(2.0);
    assertThat(steps.get(0).get("backlog", "desk")).isEqualTo(2.0);
    assertThat(steps.get(1).get("load", "desk")).isEqualTo(0.0);
    assertThat(steps.get(1).get("backlog", "desk")).isEqualTo(0.0);
  }

  @Test
  void serviceStep_overloadedThenClear_stressRisesThenDecays() {
    EventLog log = run(demandOnOneService(BACKLOG, /* horizon= */ 3));

    List<EventLog.Snapshot> steps = log.after("SERVICE_STEP");
    assertThat(steps.get(0).get("stress", "desk")).isCloseTo(0.1, within(1e-12));
    assertThat(steps.get(1).get("stress", "desk")).isCloseTo(0.05, within(1e-12));
    assertThat(steps.get(2).get("stress", "desk")).isZero();
  }

  @Test
  void backlog_off_loadAccumulatesWithoutSteps() {
    EventLog log = run(demandOnOneService(Dynamics.none(), /* horizon= */ 3));

    assertThat(log.ofType("SERVICE_STEP")).isEmpty();
    assertThat(log.last().get("load", "desk")).isEqualTo(5.0);
    assertThat(log.last().get("backlog", "desk")).isNaN();
  }

  @Test
  void failure_stressReachesThreshold_failsAndIsRepairedAfterDelay() {
    EventLog log = run(floodedDesk(BACKLOG, /* horizon= */ 9));

    // Stress 0.1, 0.2, 0.3 at t=1..3 reaches the threshold 0.3; the repair comes 5 ticks later.
    assertThat(log.statusChanges())
        .containsExactly("3 SERVICE_FAILED desk", "8 SERVICE_RESTORED desk");
  }

  @Test
  void failure_duringOutage_capacityZeroAndStatusFailed() {
    EventLog log = run(floodedDesk(BACKLOG, /* horizon= */ 9));

    EventLog.Snapshot outage = log.after("SERVICE_STEP").get(4);
    assertThat(outage.event().time()).isEqualTo(5);
    assertThat(outage.get("capacity", "desk")).isZero();
    assertThat(outage.status().get("desk")).isEqualTo("failed");
    assertThat(outage.get("load", "desk")).isEqualTo(7.0);
  }

  @Test
  void repair_afterDelay_resetsStressAndRestoresCapacity() {
    EventLog log = run(floodedDesk(BACKLOG, /* horizon= */ 9));

    EventLog.Snapshot repaired = log.after("SERVICE_RESTORED").get(0);
    assertThat(repaired.get("stress", "desk")).isZero();
    assertThat(repaired.get("capacity", "desk")).isEqualTo(1.0);
    assertThat(repaired.status().get("desk")).isEqualTo("active");
  }

  @Test
  void failure_floodedService_tracesToFloodAndRepairToFailure() {
    EventLog log = run(floodedDesk(BACKLOG, /* horizon= */ 9));

    Event repair = log.first("SERVICE_RESTORED", "desk");
    assertThat(log.lineage(repair))
        .containsExactly(
            "SERVICE_RESTORED desk", "SERVICE_FAILED desk", "FLOOD_IMPACT environment:flood");
    assertThat(repair.delay().components().get(0).name()).isEqualTo("repair");
  }

  @Test
  void failure_backlogOff_neverFails() {
    EventLog log = run(floodedDesk(Dynamics.none(), /* horizon= */ 9));

    assertThat(log.statusChanges()).isEmpty();
  }

  @Test
  void failure_withCoupling_outagePerturbsDependentsWithCauseTheFailure() {
    ScenarioSpec spec =
        new ScenarioBuilder()
            .horizon(6)
            .service(service("desk", 1.0, List.of(), OptionalDouble.of(0.3)))
            .service(
                service(
                    "hospital", 10.0, List.of(new Dependency("desk", 0.8)), OptionalDouble.empty()))
            .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 10.0, 0.0))
            .dynamics(BACKLOG.withDependencyCoupling())
            .build();

    EventLog log = run(spec);

    // The outage from t=3 sets c* = 1 on desk from t=4: q(desk) = 0.5 at t=4 and 0.75 at t=5, so
    // the hospital's q = 0.5·0.8·0.5 = 0.2 at t=5 and 0.2 + 0.5·(0.8·0.75 − 0.2) = 0.4 at t=6.
    assertThat(log.statusChanges())
        .containsExactly(
            "3 SERVICE_FAILED desk",
            "4 SERVICE_DEGRADED desk",
            "5 SERVICE_FAILED desk",
            "6 SERVICE_DEGRADED hospital");
    assertThat(log.lineage(log.first("SERVICE_DEGRADED", "hospital")))
        .containsExactly(
            "SERVICE_DEGRADED hospital",
            "SERVICE_FAILED desk",
            "SERVICE_FAILED desk",
            "FLOOD_IMPACT environment:flood");
  }

  /** One service of capacity 3 and a demand of 5 at t=1 from a citizen that never reacts. */
  private static ScenarioSpec demandOnOneService(Dynamics dynamics, long horizon) {
    return new ScenarioBuilder()
        .horizon(horizon)
        .service(service("desk", 3.0, List.of(), OptionalDouble.empty()))
        .citizen(new CitizenSpec("citizen:1", 1.0, 10.0, 1.0))
        .initialEvent(new InitialEventSpec("NORMAL_DEMAND", "citizen:1", 1, 5.0))
        .dynamics(dynamics)
        .build();
  }

  /** One service of capacity 1 that fails at stress 0.3, flooded with 10 at t=1. */
  private static ScenarioSpec floodedDesk(Dynamics dynamics, long horizon) {
    return new ScenarioBuilder()
        .horizon(horizon)
        .service(service("desk", 1.0, List.of(), OptionalDouble.of(0.3)))
        .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 10.0, 0.0))
        .dynamics(dynamics)
        .build();
  }

  private static ServiceSpec service(
      String id, double capacity, List<Dependency> dependencies, OptionalDouble failureThreshold) {
    return new ServiceSpec(
        id,
        capacity,
        capacity,
        dependencies,
        1.0,
        0.0,
        new Inoperability(0.5, 0.0, 0.3, 0.7),
        new Backlog(0.1, 0.05, failureThreshold, /* repairDelay= */ 5));
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
