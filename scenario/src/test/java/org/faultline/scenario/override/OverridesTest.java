package org.faultline.scenario.override;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.ScalarType;
import org.faultline.scenario.yaml.SequenceNode;
import org.faultline.scenario.yaml.YamlNode;
import org.faultline.scenario.yaml.YamlReader;
import org.faultline.scenario.yaml.YamlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OverridesTest {

  private final MappingNode reference =
      YamlReader.withDefaults().readFile(Fixtures.path("valid/flood-overload.yaml"));
  private final Problems problems = new Problems();

  private static ScalarNode scalarAt(MappingNode root, String... steps) {
    YamlNode node = root;
    for (String step : steps) {
      node =
          step.matches("\\d+")
              ? ((SequenceNode) node).get(Integer.parseInt(step))
              : ((MappingNode) node).get(step).orElseThrow();
    }
    return (ScalarNode) node;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "horizon=20 | horizon | 20 | INTEGER",
        "services[1].capacity=4.5 | services[1].capacity | 4.5 | FLOAT",
        "services.emergency.capacity=4.5 | services[1].capacity | 4.5 | FLOAT",
        "policy_offices[0].intervention_delay=5 | policy_offices[0].intervention_delay | 5 | INTEGER",
        "citizens.citizen:1.demand=2 | citizens[0].demand | 2 | INTEGER",
        "stressors[0].affects[1]=power | stressors[0].affects[1] | power | STRING",
        "engine.trace=false | engine.trace | false | BOOLEAN",
        "name=\"20\" | name | 20 | STRING",
        "description=a=b | description | a=b | STRING"
      })
  void apply_validPath_replacesValueWithTypedScalar(
      String argument, String path, String text, ScalarType type) {
    MappingNode result = Overrides.apply(reference, List.of(argument), problems);

    ScalarNode replaced = findByPath(result, path);
    assertThat(problems.sorted()).isEmpty();
    assertThat(replaced.text()).isEqualTo(text);
    assertThat(replaced.type()).isEqualTo(type);
    assertThat(replaced.position().source()).isEqualTo("--set " + argument);
    assertThat(replaced.position().hasLine()).isFalse();
    assertThat(replaced.path()).hasToString(path);
  }

  @Test
  void apply_override_leavesOriginalTreeUnchanged() {
    Overrides.apply(reference, List.of("horizon=20"), problems);

    assertThat(scalarAt(reference, "horizon").text()).isEqualTo("10");
  }

  @Test
  void apply_severalOverrides_applyInOrder() {
    MappingNode result =
        Overrides.apply(
            reference, List.of("horizon=20", "services[0].capacity=6", "seed=7"), problems);

    assertThat(scalarAt(result, "horizon").text()).isEqualTo("20");
    assertThat(scalarAt(result, "services", "0", "capacity").text()).isEqualTo("6");
    assertThat(scalarAt(result, "seed").text()).isEqualTo("7");
    assertThat(result.keys()).isEqualTo(reference.keys());
  }

  @Test
  void apply_overriddenDocument_writesAsRunYaml() {
    MappingNode result =
        Overrides.apply(reference, List.of("services.emergency.capacity=4.5"), problems);

    String written = YamlWriter.write(result);
    MappingNode reread =
        YamlReader.withDefaults().read("scenario.yaml", written.getBytes(StandardCharsets.UTF_8));

    assertThat(written).contains("  - id: emergency\n    capacity: 4.5\n");
    assertThat(scalarAt(reread, "services", "1", "capacity").asDouble()).hasValue(4.5);
  }

  @Test
  void apply_nullFieldInFile_canBeOverridden() {
    MappingNode root =
        YamlReader.withDefaults()
            .read("s.yaml", "name: a\nseed: null\n".getBytes(StandardCharsets.UTF_8));

    MappingNode result = Overrides.apply(root, List.of("seed=3"), problems);

    assertThat(scalarAt(result, "seed").asLong()).hasValue(3);
  }

  @Test
  void apply_unknownKey_namesNearestPath() {
    MappingNode result = Overrides.apply(reference, List.of("services[1].capcity=4"), problems);

    assertThat(result).isSameAs(reference);
    assertThat(problems.sorted())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("--set services[1].capcity=4");
              assertThat(problem.line()).isZero();
              assertThat(problem.path()).isEqualTo("services[1].capcity");
              assertThat(problem.value()).isEqualTo("4");
              assertThat(problem.message())
                  .isEqualTo(
                      "unknown path 'services[1].capcity': 'services[1]' has no key"
                          + " 'capcity' (did you mean 'services[1].capacity'?); --set replaces only values written in the"
                          + " scenario file");
            });
  }

  @Test
  void apply_missingOptionalField_isUnknownPath() {
    Overrides.apply(reference, List.of("services[0].stress_increment=0.5"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains(
            "'services[0]' has no key 'stress_increment'", "--set replaces only values written");
  }

  @Test
  void apply_unknownId_namesNearestIdPath() {
    Overrides.apply(reference, List.of("services.emergncy.capacity=4"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains(
            "no item of 'services' has the id 'emergncy'",
            "did you mean 'services.emergency.capacity'?");
  }

  @Test
  void apply_indexOutOfRange_namesItemCount() {
    Overrides.apply(reference, List.of("services[3].capacity=4"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains("'services' has 3 items, so index 3 is out of range");
  }

  @Test
  void apply_pathToMapping_isRejected() {
    Overrides.apply(reference, List.of("engine=5"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains("'engine' is a mapping, not a single value");
  }

  @Test
  void apply_pathThroughScalar_isRejected() {
    Overrides.apply(reference, List.of("horizon.value=5"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains("'horizon' is an integer, so 'value' cannot select from it");
  }

  @Test
  void apply_duplicateIds_askForIndex() {
    MappingNode root =
        YamlReader.withDefaults()
            .read(
                "s.yaml",
                "services: [{id: a, capacity: 1}, {id: a, capacity: 2}]"
                    .getBytes(StandardCharsets.UTF_8));

    Overrides.apply(root, List.of("services.a.capacity=3"), problems);

    assertThat(messages())
        .singleElement()
        .asString()
        .contains("2 items of 'services' have the id 'a', so select one by index");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "horizon",
        "=5",
        "services[x].capacity=1",
        "services..capacity=1",
        "[0].capacity=1",
        "services[1]capacity=1",
        "horizon.=1"
      })
  void apply_malformedArgument_explainsSyntax(String argument) {
    Overrides.apply(reference, List.of(argument), problems);

    assertThat(problems.sorted())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("--set " + argument);
              assertThat(problem.message())
                  .startsWith("invalid override '" + argument + "': expected PATH=VALUE");
            });
  }

  @Test
  void apply_sameFieldTwice_isRejected() {
    Overrides.apply(
        reference, List.of("services[1].capacity=4", "services.emergency.capacity=5"), problems);

    assertThat(problems.sorted())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo("--set services.emergency.capacity=5");
              assertThat(problem.path()).isEqualTo("services[1].capacity");
              assertThat(problem.message()).contains("already set by --set services[1].capacity=4");
            });
  }

  @Test
  void apply_sequenceValue_isRejected() {
    Overrides.apply(reference, List.of("name=[a, b]"), problems);

    assertThat(messages()).singleElement().asString().contains("the value is a sequence");
  }

  @Test
  void apply_invalidYamlValue_namesArgument() {
    Overrides.apply(
        reference, List.of("name=\"unclosed", "description=!!python/object x"), problems);

    List<Problem> sorted = problems.sorted();
    assertThat(sorted)
        .extracting(Problem::source)
        .containsExactly("--set name=\"unclosed", "--set description=!!python/object x");
    assertThat(sorted).extracting(Problem::line).containsExactly(0, 0);
    assertThat(sorted.get(0).message()).contains("invalid YAML");
    assertThat(sorted.get(1).message()).contains("tags are not supported");
  }

  @Test
  void apply_emptyValue_isNull() {
    MappingNode result = Overrides.apply(reference, List.of("seed="), problems);

    assertThat(scalarAt(result, "seed").isNull()).isTrue();
  }

  @Test
  void apply_mixedOverrides_appliesValidOnes() {
    MappingNode result = Overrides.apply(reference, List.of("horizon=20", "horizn=5"), problems);

    assertThat(scalarAt(result, "horizon").text()).isEqualTo("20");
    assertThat(messages()).singleElement().asString().contains("did you mean 'horizon'?");
  }

  @Test
  void overridablePaths_reference_listsBothForms() {
    List<String> paths = Overrides.overridablePaths(reference);

    assertThat(paths)
        .contains(
            "horizon",
            "services[1].capacity",
            "services.emergency.capacity",
            "citizens.citizen:1.demand",
            "stressors[0].affects[1]");
    assertThat(paths).doesNotContain("services", "engine");
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::message).toList();
  }

  private static ScalarNode findByPath(MappingNode root, String path) {
    return collectScalars(root).stream()
        .filter(s -> s.path().toString().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private static List<ScalarNode> collectScalars(YamlNode node) {
    if (node instanceof ScalarNode scalar) {
      return List.of(scalar);
    }
    List<YamlNode> children =
        node instanceof MappingNode mapping
            ? mapping.entries().stream().map(e -> e.value()).toList()
            : ((SequenceNode) node).items();
    return children.stream().flatMap(child -> collectScalars(child).stream()).toList();
  }
}
