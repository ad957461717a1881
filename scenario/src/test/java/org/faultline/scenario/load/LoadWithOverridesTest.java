package org.faultline.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Overridden values go through the binder's checks like values from the file, and name their
 * argument.
 */
class LoadWithOverridesTest {

  private static List<Problem> problemsOf(Runnable load) {
    ScenarioException error = catchThrowableOfType(ScenarioException.class, load::run);
    assertThat(error).as("exception").isNotNull();
    return error.problems();
  }

  @Test
  void loadBuiltIn_invalidOverride_reportsArgumentAsSource() {
    List<Problem> problems =
        problemsOf(() -> ScenarioLoader.loadBuiltIn("flood-overload", List.of("horizon=abc")));

    assertThat(problems)
        .extracting(Problem::render)
        .containsExactly(
            "--set horizon=abc: horizon: invalid value \"abc\": must be an integer ≥ 0");
  }

  @Test
  void loadBuiltIn_overrideById_reportsCanonicalPath() {
    List<String> overrides = List.of("services.power.capacity=-1");

    List<Problem> problems =
        problemsOf(() -> ScenarioLoader.loadBuiltIn("flood-overload", overrides));

    assertThat(problems)
        .extracting(Problem::render)
        .containsExactly(
            "--set services.power.capacity=-1: services[2].capacity: invalid value -1: must be a finite number > 0");
  }

  @Test
  void loadBuiltIn_validOverrides_changeBoundValues() {
    ScenarioSpec spec =
        ScenarioLoader.loadBuiltIn(
                "flood-overload",
                List.of("horizon=20", "services.emergency.capacity=4.5", "time_unit=minute"))
            .spec();

    assertThat(spec.horizon()).isEqualTo(20);
    assertThat(spec.timeUnit()).isEqualTo("minute");
    assertThat(spec.services().get(1).capacity()).isEqualTo(4.5);
  }

  @Test
  void loadFile_fileAndOverrideProblems_reportedTogether() {
    Path file = Fixtures.path("invalid/out-of-range.yaml");

    List<Problem> problems = problemsOf(() -> ScenarioLoader.loadFile(file, List.of("horizon=-1")));

    assertThat(problems)
        .extracting(Problem::source, Problem::line)
        .containsExactly(Tuple.tuple("--set horizon=-1", 0), Tuple.tuple(file.toString(), 7));
  }
}
