package org.faultline.model.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.engine.event.DelayComponent;
import org.faultline.engine.event.Event;
import org.faultline.engine.random.RandomStream;
import org.faultline.engine.random.RandomStreams;
import org.faultline.model.latency.SchedulingTable;
import org.faultline.model.spec.ChannelSpec;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.faultline.model.spec.ServiceSpec;
import org.junit.jupiter.api.Test;

/** Institutional latency: intents travel through channels with a minimum, a capacity and jitter. */
class ChannelTest {

  @Test
  void channel_burstAboveCapacity_queuesOnePerTick() {
    EventLog log =
        run(burst(Optional.of("desk"), new ChannelSpec("desk", 2, OptionalLong.of(1), 0)));

    assertThat(log.ofType("SERVICE_OVERLOAD"))
        .extracting(event -> event.time() + " " + event.source() + " " + event.delay().components())
        .containsExactly(
            "3 water " + components(2, 0, 0),
            "4 power " + components(2, 1, 0),
            "5 telecom " + components(2, 2, 0));
  }

  @Test
  void channel_capacityTwo_releasesTwoPerTick() {
    EventLog log =
        run(burst(Optional.of("desk"), new ChannelSpec("desk", 0, OptionalLong.of(2), 0)));

    assertThat(log.ofType("SERVICE_OVERLOAD")).extracting(Event::time).containsExactly(1L, 1L, 2L);
  }

  @Test
  void channel_none_burstExecutesAtOnce() {
    EventLog log = run(burst(Optional.empty(), new ChannelSpec("desk", 2, OptionalLong.of(1), 0)));

    assertThat(log.ofType("SERVICE_OVERLOAD")).extracting(Event::time).containsExactly(1L, 1L, 1L);
  }

  @Test
  void channel_jitter_drawsFromTheChannelsSeededStream() {
    EventLog log =
        run(burst(Optional.of("desk"), new ChannelSpec("desk", 0, OptionalLong.empty(), 3)));

    RandomStream expected =
        new RandomStreams(/* seed= */ 7).stream(SchedulingTable.JITTER_STREAM + "desk");
    // Draws happen in decision order, which is the order of the event ids.
    List<Long> jitters =
        log.ofType("SERVICE_OVERLOAD").stream()
            .sorted(Comparator.comparingLong(Event::id))
            .map(event -> event.delay().components().get(3).ticks())
            .toList();
    assertThat(jitters)
        .containsExactly(expected.nextLong(4), expected.nextLong(4), expected.nextLong(4));
  }

  @Test
  void channel_jitter_delaysByItsDraw() {
    EventLog log =
        run(burst(Optional.of("desk"), new ChannelSpec("desk", 0, OptionalLong.empty(), 3)));

    for (Event event : log.ofType("SERVICE_OVERLOAD")) {
      assertThat(event.time()).isEqualTo(1 + event.delay().total());
      assertThat(event.delay().components().get(3).name()).isEqualTo("jitter");
    }
  }

  private static String components(long minimum, long queueing, long jitter) {
    return List.of(
            new DelayComponent("fixed", 0),
            new DelayComponent("channel_minimum", minimum),
            new DelayComponent("queueing", queueing),
            new DelayComponent("jitter", jitter))
        .toString();
  }

  /**
   * Three overloaded services that each report an overload after the flood at t=1, through the
   * channel when the rule names one.
   */
  private static ScenarioSpec burst(Optional<String> channel, ChannelSpec spec) {
    return new ScenarioBuilder()
        .horizon(10)
        .service(new ServiceSpec("water", 1.0, 1.0, List.of(), 1.0, 0.0))
        .service(new ServiceSpec("power", 1.0, 1.0, List.of(), 1.0, 0.0))
        .service(new ServiceSpec("telecom", 1.0, 1.0, List.of(), 1.0, 0.0))
        .stressor(
            new FloodSpec(
                "environment:flood", List.of("water", "power", "telecom"), 1, 1, 0, 5.0, 0.0))
        .rule(new SchedulingRule("SERVICE_OVERLOAD", false, 0, channel))
        .channel(spec)
        .reactTo("FLOOD_IMPACT")
        .build();
  }

  private static EventLog run(ScenarioSpec spec) {
    World world = World.of(spec);
    EventLog log = new EventLog(world);
    world.newSimulation(List.of(log)).run();
    return log;
  }
}
