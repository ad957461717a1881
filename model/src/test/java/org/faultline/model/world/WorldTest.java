package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.faultline.engine.event.Event;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Rejection;
import org.faultline.engine.observe.RunObserver;
import org.faultline.engine.observe.RunSummary;
import org.faultline.engine.state.StateView;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.PolicySpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.state.StateColumns;
import org.junit.jupiter.api.Test;

class WorldTest {

  /** Records "time type source" per event, then each service's stress and resource. */
  private static final class Recorder implements RunObserver {
    final List<String> lines = new ArrayList<>();
    final List<Participant> services;
    final StateColumns columns;

    Recorder(World world) {
      this.services = world.services();
      this.columns = world.columns();
    }

    @Override
    public void eventExecuted(Event event, StateView state) {
      for (Participant service : services) {
        lines.add(
            event.time()
                + ","
                + event.type()
                + ","
                + event.source()
                + ","
                + service
                + ","
                + state.get(columns.stress(), service)
                + ","
                + state.get(columns.resource(), service));
      }
    }

    @Override
    public void intentRejected(Rejection rejection) {
      lines.add(
          "rejected "
              + rejection.time()
              + " "
              + rejection.intent().type()
              + " from "
              + rejection.intent().source()
              + " cause "
              + rejection.cause().getAsLong());
    }
  }

  @Test
  void floodOverload_referenceRules_reproduceReferenceTrace() {
    World world = World.of(FloodOverloadFixture.spec());
    Recorder recorder = new Recorder(world);

    RunSummary summary = world.newSimulation(List.of(recorder)).run();

    assertThat(recorder.lines)
        .containsExactly(
            "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.9",
            "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.9",
            "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
            "rejected 1 NORMAL_DEMAND from citizen:1 cause 1",
            "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.800000000000001",
            "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.8",
            "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
            "rejected 1 NORMAL_DEMAND from citizen:1 cause 2",
            "1,FLOOD_IMPACT,environment:flood,transport,0.0,4.700000000000001",
            "1,FLOOD_IMPACT,environment:flood,emergency,0.0,2.6999999999999997",
            "1,FLOOD_IMPACT,environment:flood,power,0.0,4.0",
            "rejected 1 NORMAL_DEMAND from citizen:1 cause 3",
            "1,NORMAL_DEMAND,citizen:1,transport,0.0,4.700000000000001",
            "1,NORMAL_DEMAND,citizen:1,emergency,0.0,2.6999999999999997",
            "1,NORMAL_DEMAND,citizen:1,power,0.0,4.0",
            "rejected 1 NORMAL_DEMAND from citizen:1 cause 4",
            "2,SERVICE_OVERLOAD,emergency,transport,0.0,4.700000000000001",
            "2,SERVICE_OVERLOAD,emergency,emergency,0.3333333333333333,2.6999999999999997",
            "2,SERVICE_OVERLOAD,emergency,power,0.0,4.0");
    assertThat(summary.executed()).isEqualTo(5);
    assertThat(summary.rejected()).isEqualTo(4);
    assertThat(summary.pendingAtHorizon()).isZero();
  }

  @Test
  void floodOverload_lowThresholdAndLongerFlood_intervenesAfterTwiceTheDelay() {
    ScenarioSpec reference = FloodOverloadFixture.spec();
    ScenarioSpec eager =
        new ScenarioSpec(
            reference.name(),
            reference.description(),
            reference.timeUnit(),
            reference.seed(),
            /* horizon= */ 11,
            reference.services(),
            reference.citizens(),
            List.of(new PolicySpec("policy:central", 1.0, 0.2, 3, 0.2)),
            List.of(
                new FloodSpec(
                    "environment:flood", List.of("transport", "emergency"), 1, 6, 1, 1.0, 0.1)),
            reference.initialEvents(),
            reference.scheduling(),
            reference.reactTo(),
            reference.limits());
    World world = World.of(eager);
    List<String> executed = new ArrayList<>();
    RunObserver observer =
        (event, state) ->
            executed.add(
                event.time()
                    + " #"
                    + event.id()
                    + " "
                    + event.type()
                    + " cause "
                    + event.cause().orElse(0)
                    + " delay "
                    + event.delay().components());

    world.newSimulation(List.of(observer)).run();

    assertThat(executed)
        .containsExactly(
            "1 #1 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=1]]",
            "1 #7 NORMAL_DEMAND cause 0 delay [DelayComponent[name=scheduled, ticks=1]]",
            "2 #2 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=2]]",
            "3 #3 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=3]]",
            "4 #4 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=4]]",
            "4 #8 SERVICE_OVERLOAD cause 3 delay [DelayComponent[name=fixed, ticks=1]]",
            "5 #5 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=5]]",
            "6 #6 FLOOD_IMPACT cause 0 delay [DelayComponent[name=scheduled, ticks=6]]",
            "6 #9 SERVICE_OVERLOAD cause 5 delay [DelayComponent[name=fixed, ticks=1]]",
            "6 #10 SERVICE_OVERLOAD cause 5 delay [DelayComponent[name=fixed, ticks=1]]",
            "8 #11 POLICY_INTENT cause 5 delay [DelayComponent[name=requested, ticks=3]]",
            "11 #12 POLICY_INTERVENTION cause 11 delay [DelayComponent[name=requested, ticks=3]]");
  }
}
