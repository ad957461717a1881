package org.faultline.scenario.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fixture under invalid/ that is valid YAML but an invalid scenario, with every problem binding it must produce. */
class InvalidFieldFixturesTest {

    /** One expected problem: its place, path, value and parts its message must contain. */
    record Expected(int line, int column, String path, String value, List<String> messageParts) {}

    static Expected problem(int line, int column, String path, String value, String... messageParts) {
        return new Expected(line, column, path, value, Arrays.asList(messageParts));
    }

    static Arguments fixture(String name, Expected... problems) {
        return Arguments.of(name, List.of(problems));
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                fixture("unknown-key.yaml",
                        problem(6, 5, "services[1].capacity", null,
                                "missing required key 'capacity': expected a finite number > 0"),
                        problem(7, 5, "services[1].capcity", "capcity",
                                "unknown key 'capcity' (did you mean 'capacity'?); allowed keys: id, capacity,"
                                        + " resource, stress_increment, overload_threshold, depends_on")),
                fixture("missing-required.yaml", problem(1, 1, "horizon", null,
                        "missing required key 'horizon': expected an integer ≥ 1")),
                fixture("null-required.yaml", problem(2, 9, "horizon", "",
                        "missing value: expected an integer ≥ 1")),
                fixture("mapping-for-number.yaml", problem(6, 7, "services[0].capacity", null,
                        "expected a finite number > 0, found a mapping")),
                fixture("string-for-number.yaml", problem(5, 15, "services[0].capacity", "five",
                        "invalid value \"five\": must be a finite number > 0")),
                fixture("quoted-number.yaml", problem(5, 15, "services[0].capacity", "5.0",
                        "invalid value \"5.0\": must be a finite number > 0", "remove the quotes")),
                fixture("float-for-integer.yaml", problem(2, 10, "horizon", "1.5",
                        "invalid value 1.5: must be an integer ≥ 1")),
                fixture("out-of-range.yaml", problem(7, 15, "services[1].capacity", "-3.0",
                        "invalid value -3.0: must be a finite number > 0")),
                fixture("not-a-number.yaml", problem(5, 15, "services[0].capacity", ".nan",
                        "invalid value .nan: must be a finite number > 0")),
                fixture("infinite.yaml",
                        problem(5, 15, "services[0].capacity", ".inf",
                                "invalid value .inf: must be a finite number > 0"),
                        problem(6, 15, "services[0].resource", "-.inf",
                                "invalid value -.inf: must be a finite number ≥ 0")),
                fixture("invalid-enum.yaml", problem(3, 7, "unit", "hours",
                        "invalid value \"hours\": must be one of minute, hour (did you mean 'hour'?)")),
                fixture("yaml-1.1-boolean.yaml", problem(4, 10, "engine.trace", "yes",
                        "invalid value \"yes\": must be true or false")),
                fixture("item-not-a-mapping.yaml", problem(4, 5, "services[0]", "transport",
                        "expected a mapping with the keys id, capacity,", "found a string \"transport\"")),
                fixture("scalar-for-list.yaml", problem(8, 17, "services[1].depends_on", "transport",
                        "expected a sequence, found a string \"transport\"")),
                fixture("invalid-id.yaml", problem(4, 9, "services[0].id", "Transport Hub",
                        "invalid value \"Transport Hub\": must be a lowercase id")),
                fixture("duplicate-id.yaml", problem(6, 9, "services[1].id", "transport",
                        "duplicate service id 'transport'")),
                fixture("unknown-dependency.yaml", problem(8, 29, "services[1].depends_on[1]", "powr",
                        "unknown service \"powr\"", "one of transport, emergency")),
                fixture("several-problems.yaml",
                        problem(2, 10, "horizon", "0", "invalid value 0: must be an integer ≥ 1"),
                        problem(3, 7, "unit", "day", "invalid value \"day\": must be one of minute, hour"),
                        problem(6, 15, "services[0].capacity", "-5.0", "must be a finite number > 0"),
                        problem(7, 5, "services[0].stress_incremnt", "stress_incremnt",
                                "did you mean 'stress_increment'?"),
                        problem(9, 15, "services[1].capacity", "3.0", "remove the quotes"),
                        problem(10, 18, "services[1].depends_on[0]", "transprt", "unknown service \"transprt\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void bind_invalidFixture_reportsEveryProblem(String name, List<Expected> expected) {
        var file = Fixtures.path("invalid/" + name);
        MappingNode root = YamlReader.withDefaults().readFile(file);
        Problems problems = new Problems();

        var scenario = SampleBinder.bind(root, problems);

        assertThat(scenario).as("binding of %s", name).isEmpty();
        List<Problem> sorted = problems.sorted();
        assertThat(sorted).as("problem count of %s: %s", name, sorted).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Problem actual = sorted.get(i);
            Expected want = expected.get(i);
            assertThat(actual.source()).as("source of %s", actual).isEqualTo(file.toString());
            assertThat(actual.line()).as("line of %s", actual).isEqualTo(want.line());
            assertThat(actual.column()).as("column of %s", actual).isEqualTo(want.column());
            assertThat(actual.path()).as("path of %s", actual).isEqualTo(want.path());
            assertThat(actual.value()).as("value of %s", actual).isEqualTo(want.value());
            assertThat(actual.message()).as("message of %s", actual).contains(want.messageParts());
        }
    }

    @Test
    void bind_referenceScenario_readsEveryValue() {
        MappingNode root = YamlReader.withDefaults().readFile(Fixtures.path("valid/flood-overload.yaml"));
        Problems problems = new Problems();

        var scenario = SampleBinder.bind(root, problems).orElseThrow();

        assertThat(problems.isEmpty()).isTrue();
        assertThat(scenario.name()).isEqualTo("flood-overload");
        assertThat(scenario.seed()).isEqualTo(42);
        assertThat(scenario.horizon()).isEqualTo(10);
        assertThat(scenario.unit()).isEqualTo("hour");
        assertThat(scenario.trace()).isTrue();
        assertThat(scenario.services()).containsExactly(
                new SampleBinder.Service("transport", 5.0, 5.0, 1.0 / 3, List.of()),
                new SampleBinder.Service("emergency", 3.0, 3.0, 1.0 / 3, List.of("transport")),
                new SampleBinder.Service("power", 4.0, 4.0, 1.0 / 3, List.of()));
    }
}
