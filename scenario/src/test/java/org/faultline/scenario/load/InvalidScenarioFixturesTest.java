package org.faultline.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under invalid/ is rejected by the loader. Each fixture that is valid YAML but an
 * invalid scenario reports exactly the problems of binding listed here, in position order.
 */
class InvalidScenarioFixturesTest {

  /** One expected problem: its place, path, value and whole message. */
  record Expected(int line, int column, String path, String value, String message) {}

  static Expected problem(int line, int column, String path, String value, String message) {
    return new Expected(line, column, path, value, message);
  }

  static Arguments fixture(String name, Expected... problems) {
    return Arguments.of(name, List.of(problems));
  }

  static Stream<Arguments> everyInvalidFixture() {
    Path folder = Fixtures.path("invalid");
    return Fixtures.filesUnder("invalid").stream()
        .map(file -> Arguments.of(Named.of(folder.relativize(file).toString(), file)));
  }

  static Stream<Arguments> bindingFixtures() {
    return Stream.of(
        fixture(
            "unknown-key.yaml",
            problem(
                6,
                5,
                "services[1].capacity",
                null,
                "missing required key 'capacity': expected a finite number > 0"),
            problem(
                7,
                5,
                "services[1].capcity",
                "capcity",
                "unknown key 'capcity' (did you mean 'capacity'?); allowed keys: id, capacity,"
                    + " resource, depends_on, overload_threshold, stress_increment, recovery_rate,"
                    + " self_coupling, degraded_inoperability, failed_inoperability, stress_rise,"
                    + " stress_decay, failure_threshold, repair_delay, react_to")),
        fixture(
            "missing-required.yaml",
            problem(
                1, 1, "horizon", null, "missing required key 'horizon': expected an integer ≥ 0")),
        fixture(
            "null-required.yaml",
            problem(2, 9, "horizon", "", "missing value: expected an integer ≥ 0")),
        fixture(
            "mapping-for-number.yaml",
            problem(
                6,
                7,
                "services[0].capacity",
                null,
                "expected a finite number > 0, found a mapping")),
        fixture(
            "string-for-number.yaml",
            problem(
                5,
                15,
                "services[0].capacity",
                "five",
                "invalid value \"five\": must be a finite number > 0")),
        fixture(
            "quoted-number.yaml",
            problem(
                5,
                15,
                "services[0].capacity",
                "5.0",
                "invalid value \"5.0\": must be a finite number > 0"
                    + " (a quoted value is a string: remove the quotes)")),
        fixture(
            "float-for-integer.yaml",
            problem(2, 10, "horizon", "1.5", "invalid value 1.5: must be an integer ≥ 0")),
        fixture(
            "out-of-range.yaml",
            problem(
                7,
                15,
                "services[1].capacity",
                "-3.0",
                "invalid value -3.0: must be a finite number > 0")),
        fixture(
            "not-a-number.yaml",
            problem(
                5,
                15,
                "services[0].capacity",
                ".nan",
                "invalid value .nan: must be a finite number > 0")),
        fixture(
            "infinite.yaml",
            problem(
                5,
                15,
                "services[0].capacity",
                ".inf",
                "invalid value .inf: must be a finite number > 0"),
            problem(
                6,
                15,
                "services[0].resource",
                "-.inf",
                "invalid value -.inf: must be a finite number ≥ 0")),
        fixture(
            "invalid-enum.yaml",
            problem(
                3,
                12,
                "time_unit",
                "hours",
                "invalid value \"hours\": must be one of tick, second, minute, hour, day"
                    + " (did you mean 'hour'?)")),
        fixture(
            "yaml-1.1-boolean.yaml",
            problem(
                8,
                16,
                "scheduling[0].requested",
                "yes",
                "invalid value \"yes\": must be true or false")),
        fixture(
            "item-not-a-mapping.yaml",
            problem(
                4,
                5,
                "services[0]",
                "transport",
                "expected a mapping with the keys id, capacity, resource, depends_on, overload_threshold,"
                    + " stress_increment, recovery_rate, self_coupling, degraded_inoperability,"
                    + " failed_inoperability, stress_rise, stress_decay, failure_threshold,"
                    + " repair_delay, react_to, found a string \"transport\"")),
        fixture(
            "scalar-for-list.yaml",
            problem(
                8,
                17,
                "services[1].depends_on",
                "transport",
                "expected a sequence, found a string \"transport\"")),
        fixture(
            "invalid-id.yaml",
            problem(
                4,
                9,
                "services[0].id",
                "transport ",
                "invalid value \"transport \": must be a name without control characters or leading and"
                    + " trailing spaces")),
        fixture(
            "duplicate-id.yaml",
            problem(
                6,
                9,
                "services[1].id",
                "transport",
                "duplicate id 'transport': line 4 already declares it for a service; ids must be unique"
                    + " across services, citizens, policy offices and stressors")),
        fixture(
            "duplicate-id-across-kinds.yaml",
            problem(
                7,
                9,
                "citizens[0].id",
                "transport",
                "duplicate id 'transport': line 4 already declares it for a service; ids must be unique"
                    + " across services, citizens, policy offices and stressors")),
        fixture(
            "unknown-dependency.yaml",
            problem(
                8,
                29,
                "services[1].depends_on[1]",
                "powr",
                "unknown service 'powr'; the dependency must be the id of a service declared in this file")),
        fixture(
            "self-dependency.yaml",
            problem(
                8,
                29,
                "services[1].depends_on[1]",
                "emergency",
                "service 'emergency' cannot depend on itself; remove it from its own depends_on")),
        fixture(
            "target-not-a-service.yaml",
            problem(
                13,
                26,
                "stressors[0].targets[1]",
                "residents",
                "'residents' is a citizen population, but the target must be a service")),
        fixture(
            "source-not-a-citizen.yaml",
            problem(
                12,
                13,
                "initial_events[0].source",
                "transport",
                "'transport' is a service, but the source must be a citizen population")),
        fixture(
            "duplicate-scheduling-rule.yaml",
            problem(
                11,
                12,
                "scheduling[2].event",
                "SERVICE_OVERLOAD",
                "duplicate scheduling rule for SERVICE_OVERLOAD: the first is at line 7")),
        fixture(
            "unknown-react-to.yaml",
            problem(
                6,
                26,
                "react_to[1]",
                "FLOOD_IMPCT",
                "unknown event type 'FLOOD_IMPCT' (did you mean 'FLOOD_IMPACT'?); expected one of"
                    + " FLOOD_IMPACT, HEATWAVE_DEMAND, NORMAL_DEMAND, DEMAND_SPIKE, SERVICE_OVERLOAD, POLICY_INTENT,"
                    + " POLICY_INTERVENTION, SERVICE_REPORT, COUPLING_STEP, SERVICE_STEP, SERVICE_DEGRADED, SERVICE_FAILED,"
                    + " SERVICE_RESTORED")),
        fixture(
            "zero-pulses.yaml",
            problem(
                11,
                13,
                "stressors[0].pulses",
                "0",
                "invalid value 0: must be an integer between 1 and 1000000")),
        fixture(
            "last-pulse-too-late.yaml",
            problem(
                12,
                15,
                "stressors[0].interval",
                "2",
                "the last pulse would come at t=9007199254740994 (onset + (pulses - 1) × interval), after"
                    + " t=9007199254740992, the latest time of an event scheduled before the run; lower"
                    + " onset, pulses or interval")),
        fixture(
            "several-problems.yaml",
            problem(2, 10, "horizon", "-1", "invalid value -1: must be an integer ≥ 0"),
            problem(
                3,
                12,
                "time_unit",
                "days",
                "invalid value \"days\": must be one of tick, second,"
                    + " minute, hour, day (did you mean 'day'?)"),
            problem(
                6,
                15,
                "services[0].capacity",
                "-5.0",
                "invalid value -5.0: must be a finite number > 0"),
            problem(
                7,
                5,
                "services[0].stress_incremnt",
                "stress_incremnt",
                "unknown key 'stress_incremnt' (did you mean 'stress_increment'?); allowed keys: id,"
                    + " capacity, resource, depends_on, overload_threshold, stress_increment,"
                    + " recovery_rate, self_coupling, degraded_inoperability,"
                    + " failed_inoperability, stress_rise, stress_decay,"
                    + " failure_threshold, repair_delay, react_to"),
            problem(
                9,
                15,
                "services[1].capacity",
                "3.0",
                "invalid value \"3.0\": must be a finite"
                    + " number > 0 (a quoted value is a string: remove the quotes)"),
            problem(
                10,
                18,
                "services[1].depends_on[0]",
                "transprt",
                "unknown service 'transprt' (did"
                    + " you mean 'transport'?); the dependency must be the id of a service declared in"
                    + " this file")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyInvalidFixture")
  void loadFile_invalidFixture_throwsScenarioException(Path file) {
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> ScenarioLoader.loadFile(file, List.of()));

    assertThat(error).as("exception for %s", file).isNotNull();
    assertThat(error.problems()).as("problems of %s", file).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bindingFixtures")
  void loadFile_bindingFixture_reportsExactProblems(String name, List<Expected> expected) {
    Path file = Fixtures.path("invalid/" + name);

    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> ScenarioLoader.loadFile(file, List.of()));

    assertThat(error).as("exception for %s", name).isNotNull();
    List<Problem> problems = error.problems();
    assertThat(problems).as("problem count of %s: %s", name, problems).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Problem actual = problems.get(i);
      Expected want = expected.get(i);
      assertThat(actual.source()).as("source of %s", actual).isEqualTo(file.toString());
      assertThat(actual.line()).as("line of %s", actual).isEqualTo(want.line());
      assertThat(actual.column()).as("column of %s", actual).isEqualTo(want.column());
      assertThat(actual.path()).as("path of %s", actual).isEqualTo(want.path());
      assertThat(actual.value()).as("value of %s", actual).isEqualTo(want.value());
      assertThat(actual.message()).as("message of %s", actual).isEqualTo(want.message());
    }
  }
}
