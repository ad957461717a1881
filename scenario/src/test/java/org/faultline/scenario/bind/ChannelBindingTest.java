package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.faultline.model.spec.ChannelSpec;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.SchedulingRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of institutional channels and the scheduling rules that name them. */
class ChannelBindingTest {

  private static final String CHANNELS =
      BindingFiles.HEAD
          + """
            services:
              - {id: desk, capacity: 2}
            channels:
              - id: coordination
                minimum: 3
                capacity: 1
                jitter: 2
              - id: hotline
            scheduling:
              - event: POLICY_INTENT
                requested: true
                channel: coordination
              - event: SERVICE_OVERLOAD
                fixed: 1
            """;

  @TempDir Path directory;
  private BindingFiles files;

  @BeforeEach
  void setUp() {
    files = new BindingFiles(directory);
  }

  @Test
  void channels_declared_boundInOrderWithDefaults() {
    ScenarioSpec spec = files.load(CHANNELS);

    assertThat(spec.channels())
        .containsExactly(
            new ChannelSpec("coordination", 3, OptionalLong.of(1), 2),
            new ChannelSpec("hotline", 0, OptionalLong.empty(), 0));
  }

  @Test
  void scheduling_ruleNamingChannel_bound() {
    ScenarioSpec spec = files.load(CHANNELS);

    assertThat(spec.scheduling())
        .containsExactly(
            new SchedulingRule("POLICY_INTENT", true, 0, Optional.of("coordination")),
            new SchedulingRule("SERVICE_OVERLOAD", false, 1, Optional.empty()));
  }

  @Test
  void scheduling_unknownChannel_rejectedWithSuggestion() {
    List<String> problems =
        files.problems(CHANNELS.replace("channel: coordination", "channel: coordinaton"));

    assertThat(problems)
        .containsExactly(
            "14:14: scheduling[0].channel: unknown channel 'coordinaton'"
                + " (did you mean 'coordination'?); the channel must be the id of a channel declared under channels");
  }

  @Test
  void channels_duplicateId_rejected() {
    List<String> problems = files.problems(CHANNELS.replace("id: hotline", "id: coordination"));

    assertThat(problems)
        .containsExactly(
            "10:9: channels[1].id: duplicate channel id 'coordination': line 6 already declares it");
  }

  @Test
  void channel_zeroCapacity_rejectedWithoutAlsoRejectingTheRule() {
    List<String> problems = files.problems(CHANNELS.replace("capacity: 1", "capacity: 0"));

    assertThat(problems)
        .containsExactly("8:15: channels[0].capacity: invalid value 0: must be an integer ≥ 1");
  }

  @Test
  void override_channelMinimum_setToZero() {
    ScenarioSpec spec = files.load(CHANNELS, List.of("channels.coordination.minimum=0"));

    assertThat(spec.channels().get(0).minimum()).isZero();
  }
}
