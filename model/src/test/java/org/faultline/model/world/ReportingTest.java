package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/**
 * Delayed and partial information: a policy office with reports_from sees only itself and learns of
 * its services through reports that arrive with the latency of their scheduling rule.
 */
class ReportingTest {

  @Test
  void reports_withLatency_officeIntendsAfterTheReportArrives() {
    EventLog log = run(overloadedDesk(Optional.of(List.of("desk"))));

    // desk's stress passes 0.5 at t=3, but its next report, sent at t=4, arrives at t=7.
    assertThat(log.first("POLICY_INTENT", "policy:city").time()).isEqualTo(7);
  }

  @Test
  void reports_off_officeSeesTheTrueStressAtOnce() {
    EventLog log = run(overloadedDesk(Optional.empty()));

    assertThat(log.first("POLICY_INTENT", "policy:city").time()).isEqualTo(3);
    assertThat(log.ofType("SERVICE_REPORT")).isEmpty();
  }

  @Test
  void reports_gapBetweenTrueAndReportedStress_visibleInState() {
    EventLog log = run(overloadedDesk(Optional.of(List.of("desk"))));

    // At t=4 the third overload report takes desk's stress to 1, while the only report the
    // office has received was sent at t=1, before any overload.
    EventLog.Snapshot atFour = log.after("SERVICE_OVERLOAD").get(2);
    assertThat(atFour.event().time()).isEqualTo(4);
    assertThat(atFour.get("stress", "desk")).isEqualTo(1.0);
    assertThat(atFour.get("reported_stress.desk", "policy:city")).isZero();
  }

  @Test
  void report_payload_carriesTheStateWhenSent() {
    EventLog log = run(overloadedDesk(Optional.of(List.of("desk"))));

    Event second = log.ofType("SERVICE_REPORT").get(1);
    assertThat(second.time()).isEqualTo(7);
    assertThat(second.payload().toString())
        .isEqualTo("{stress=1.0, load=5.0, capacity=1.0, status=active, recipients=[policy:city]}");
    assertThat(second.delay().components().get(0).ticks()).isEqualTo(3);
  }

  @Test
  void reportedStress_onlyOnRowsOfListeningOffices() {
    EventLog log = run(overloadedDesk(Optional.of(List.of("desk"))));

    assertThat(log.last().get("reported_stress.desk", "desk")).isNaN();
    assertThat(log.last().get("reported_stress.desk", "policy:city")).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void visibility_officeWithReports_seesOnlyItself() {
    World world = World.of(overloadedDesk(Optional.of(List.of("desk"))));
    Participant office = world.participants().find("policy:city").orElseThrow();
    Participant desk = world.participants().find("desk").orElseThrow();

    assertThat(world.visibility().canSee(office, desk)).isFalse();
    assertThat(world.visibility().canSee(office, office)).isTrue();
    assertThat(world.visibility().canSee(desk, office)).isTrue();
  }

  @Test
  void visibility_officeWithoutReports_seesEveryone() {
    World world = World.of(overloadedDesk(Optional.empty()));
    Participant office = world.participants().find("policy:city").orElseThrow();
    Participant desk = world.participants().find("desk").orElseThrow();

    assertThat(world.visibility().canSee(office, desk)).isTrue();
  }

  /**
   * A desk of capacity 1 flooded with 5 at t=1 that reports an overload each tick (stress 1/3 per
   * report) and its state to an office whose threshold is 0.5, with reports taking 3 ticks.
   */
  private static ScenarioSpec overloadedDesk(Optional<List<String>> reportsFrom) {
    return new ScenarioBuilder()
        .horizon(9)
        .service(new ServiceSpec("desk", 1.0, 1.0, List.of(), 1.0, 1.0 / 3.0))
        .policy(new PolicySpec("policy:city", 1.0, 0.5, 0, 0.1, reportsFrom))
        .stressor(new FloodSpec("environment:flood", List.of("desk"), 1, 1, 0, 5.0, 0.0))
        .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 1))
        .rule(new SchedulingRule("SERVICE_REPORT", false, 3))
        .rule(new SchedulingRule("POLICY_INTENT", true, 0))
        .rule(new SchedulingRule("POLICY_INTERVENTION", true, 0))
        .reactTo("FLOOD_IMPACT", "SERVICE_OVERLOAD", "SERVICE_REPORT")
        .build();
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
