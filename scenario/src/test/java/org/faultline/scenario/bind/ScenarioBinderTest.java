package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/**
 * The binder's limit on the times of events scheduled before the run, which the model schedules as
 * doubles.
 */
class ScenarioBinderTest {

  private static final String HEAD =
      """
            name: times
            horizon: 10
            services:
              - {id: a, capacity: 1}
            citizens:
              - {id: c, demand: 1, panic_threshold: 1}
            """;

  private final Problems problems = new Problems();

  private Optional<ScenarioSpec> bind(String rest) {
    byte[] yaml = (HEAD + rest).getBytes(StandardCharsets.UTF_8);
    return new ScenarioBinder().bind(YamlReader.withDefaults().read("times.yaml", yaml), problems);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::message).toList();
  }

  @Test
  void bind_lastPulseAtLimit_isAccepted() {
    Optional<ScenarioSpec> spec =
        bind(
            """
                stressors:
                  - {id: f, kind: flood, targets: [a], onset: 9007199254740988, pulses: 3, interval: 2, intensity: 1}
                """);

    assertThat(messages()).isEmpty();
    assertThat(((FloodSpec) spec.orElseThrow().stressors().get(0)).onset())
        .isEqualTo(9007199254740988L);
  }

  @Test
  void bind_lastPulseOverflowingLong_isRejected() {
    bind(
        """
                stressors:
                  - {id: f, kind: flood, targets: [a], onset: 1, pulses: 1000000, interval: 9223372036854775807,
                     intensity: 1}
                """);

    assertThat(messages())
        .containsExactly(
            "the last pulse would come at t=9223362813482738952224194"
                + " (onset + (pulses - 1) × interval), after t=9007199254740992, the latest time of an event"
                + " scheduled before the run; lower onset, pulses or interval");
  }

  @Test
  void bind_onsetPastLimit_isRejected() {
    bind(
        """
                stressors:
                  - {id: f, kind: flood, targets: [a], onset: 9007199254740993, intensity: 1}
                """);

    assertThat(messages())
        .containsExactly(
            "invalid value 9007199254740993: must be an integer between 0 and 9007199254740992");
  }

  @Test
  void bind_initialEventDelayPastLimit_isRejected() {
    bind(
        """
                initial_events:
                  - {type: NORMAL_DEMAND, source: c, delay: 9007199254740993, intensity: 1}
                """);

    assertThat(messages())
        .containsExactly(
            "invalid value 9007199254740993: must be an integer between 0 and 9007199254740992");
  }

  @Test
  void bind_initialEventDelayAtLimit_isAccepted() {
    Optional<ScenarioSpec> spec =
        bind(
            """
                initial_events:
                  - {type: NORMAL_DEMAND, source: c, delay: 9007199254740992, intensity: 1}
                """);

    assertThat(messages()).isEmpty();
    assertThat(spec.orElseThrow().initialEvents().get(0).delay()).isEqualTo(9007199254740992L);
  }

  @Test
  void bind_invalidServiceWithUnknownDependency_reportsBoth() {
    byte[] yaml =
        """
                name: both
                horizon: 10
                services:
                  - {id: transport, capacity: 0, depends_on: [power]}
                """
            .getBytes(StandardCharsets.UTF_8);

    new ScenarioBinder().bind(YamlReader.withDefaults().read("both.yaml", yaml), problems);

    assertThat(messages())
        .containsExactly(
            "invalid value 0: must be a finite number > 0",
            "unknown service 'power'; the dependency must be the id of a service declared in this file");
  }
}
