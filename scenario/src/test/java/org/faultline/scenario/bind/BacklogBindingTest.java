package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.faultline.model.spec.Backlog;
import org.faultline.model.spec.ScenarioSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding of the backlog keys: the switch and each service's stress, failure and repair. */
class BacklogBindingTest {

  private static final String SERVICES =
      BindingFiles.HEAD
          + """
            dynamics:
              backlog: true
            services:
              - id: desk
                capacity: 2
                stress_rise: 0.2
                stress_decay: 0.01
                failure_threshold: 1.5
                repair_delay: 4
              - id: clinic
                capacity: 3
            """;

  @TempDir Path directory;
  private BindingFiles files;

  @BeforeEach
  void setUp() {
    files = new BindingFiles(directory);
  }

  @Test
  void dynamics_backlogTrue_turnsBacklogOn() {
    assertThat(files.load(SERVICES).dynamics().backlog()).isTrue();
  }

  @Test
  void service_backlogKeys_bound() {
    ScenarioSpec spec = files.load(SERVICES);

    assertThat(spec.services().get(0).backlog())
        .isEqualTo(new Backlog(0.2, 0.01, OptionalDouble.of(1.5), 4));
  }

  @Test
  void service_withoutBacklogKeys_defaultsAndNoFailure() {
    ScenarioSpec spec = files.load(SERVICES);

    assertThat(spec.services().get(1).backlog()).isEqualTo(Backlog.defaults());
    assertThat(Backlog.defaults().failureThreshold()).isEmpty();
  }

  @Test
  void service_repairDelayZero_rejected() {
    List<String> problems = files.problems(SERVICES.replace("repair_delay: 4", "repair_delay: 0"));

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "11:19: services[0].repair_delay: invalid value 0: must be an integer between 1 and");
  }

  @Test
  void service_failureThresholdZero_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("failure_threshold: 1.5", "failure_threshold: 0"));

    assertThat(problems)
        .containsExactly(
            "10:24: services[0].failure_threshold: invalid value 0: must be a finite number > 0");
  }

  @Test
  void service_negativeStressRise_rejected() {
    List<String> problems =
        files.problems(SERVICES.replace("stress_rise: 0.2", "stress_rise: -0.2"));

    assertThat(problems)
        .containsExactly(
            "8:18: services[0].stress_rise: invalid value -0.2: must be a finite number ≥ 0");
  }

  @Test
  void scheduling_ruleForServiceStep_rejected() {
    List<String> problems =
        files.problems(
            SERVICES
                + """
                scheduling:
                  - event: SERVICE_STEP
                """);

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("the model schedules SERVICE_STEP itself");
  }

  @Test
  void id_reservedForServiceStep_rejected() {
    List<String> problems = files.problems(SERVICES.replace("id: clinic", "id: system:services"));

    assertThat(problems).singleElement().asString().contains("id 'system:services' is reserved");
  }
}
