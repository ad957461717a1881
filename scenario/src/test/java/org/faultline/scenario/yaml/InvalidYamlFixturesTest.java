package org.faultline.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture under invalid/ that is rejected while reading YAML, with every problem it must
 * produce.
 */
class InvalidYamlFixturesTest {

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
        fixture(
            "malformed-indentation.yaml",
            problem(
                6,
                4,
                "",
                null,
                "invalid YAML",
                "bad indentation",
                "block that starts at line 4, column 3",
                "found a sequence item '-'")),
        fixture(
            "malformed-tab.yaml",
            problem(
                4,
                1,
                "",
                null,
                "invalid YAML",
                "a tab is used for indentation",
                "indent with spaces")),
        fixture(
            "malformed-unclosed-quote.yaml",
            problem(
                4,
                1,
                "",
                null,
                "invalid YAML",
                "the file ends inside the quoted value that starts at line 2, column 14")),
        fixture(
            "malformed-colon-in-value.yaml",
            problem(
                2,
                19,
                "",
                null,
                "invalid YAML",
                "':' is not allowed here",
                "put a value that contains ': ' in quotes")),
        fixture(
            "empty.yaml",
            problem(
                0,
                0,
                "",
                null,
                "no YAML document found",
                "empty or contains only comments",
                "one YAML mapping")),
        fixture(
            "comments-only.yaml",
            problem(0, 0, "", null, "no YAML document found", "empty or contains only comments")),
        fixture(
            "root-sequence.yaml",
            problem(
                1,
                1,
                "",
                null,
                "the document must be a YAML mapping of keys to values, but it is a sequence")),
        fixture(
            "root-scalar.yaml",
            problem(
                1,
                1,
                "",
                "flood-overload",
                "must be a YAML mapping",
                "but it is a string \"flood-overload\"")),
        fixture(
            "two-documents.yaml",
            problem(
                3, 1, "", null, "a second YAML document starts here", "must contain exactly one")),
        fixture(
            "duplicate-key.yaml",
            problem(
                4,
                1,
                "horizon",
                "horizon",
                "duplicate key 'horizon'",
                "already defined at line 2, column 1"),
            problem(
                8,
                5,
                "services[0].capacity",
                "capacity",
                "duplicate key 'capacity'",
                "already defined at line 7, column 5")),
        fixture(
            "anchors-aliases.yaml",
            problem(
                3,
                11,
                "defaults",
                "&service",
                "anchors and aliases are not supported: write the value out",
                "anchor '&service'"),
            problem(
                7,
                9,
                "services[0][\"<<\"]",
                "*service",
                "anchors and aliases are not supported",
                "alias '*service'"),
            problem(
                9,
                15,
                "services[1].capacity",
                "*service",
                "anchors and aliases are not supported",
                "alias '*service'")),
        fixture(
            "tag-python.yaml",
            problem(
                3,
                14,
                "description",
                "!!python/object/apply:os.system",
                "tags are not supported",
                "remove the tag '!!python/object/apply:os.system'")),
        fixture(
            "tag-java.yaml",
            problem(
                3,
                9,
                "engine",
                "!java.lang.Runtime",
                "tags are not supported",
                "remove the tag '!java.lang.Runtime'")),
        fixture(
            "directive-yaml-1.1.yaml",
            problem(
                1,
                1,
                "",
                "%YAML 1.1",
                "only YAML 1.2 is supported",
                "remove the directive '%YAML 1.1'")),
        fixture(
            "deep-nesting.yaml",
            problem(
                2,
                40,
                "nested" + "[0]".repeat(31),
                null,
                "nested deeper than the limit of 32 levels")),
        fixture(
            "latin1.yaml",
            problem(
                2,
                25,
                "",
                "0xE0",
                "file is not valid UTF-8",
                "byte 0xE0",
                "save the file as UTF-8")),
        fixture(
            "control-character.yaml",
            problem(3, 18, "", "U+0007", "character U+0007 is not allowed in YAML", "\\u0007")),
        fixture(
            "complex-key.yaml",
            problem(3, 3, "", null, "a mapping key must be a single value", "a sequence")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readFile_invalidFixture_reportsEveryProblem(String name, List<Expected> expected) {
    var file = Fixtures.path("invalid/" + name);

    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> YamlReader.withDefaults().readFile(file));

    assertThat(error).as("problems of %s", name).isNotNull();
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
      assertThat(actual.message()).as("message of %s", actual).contains(want.messageParts());
    }
  }
}
