package org.faultline.scenario.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.YamlNode;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class MappingReaderTest {

  private static final List<String> KEYS =
      List.of("count", "rate", "flag", "name", "unit", "items", "nested", "tags");

  private final Problems problems = new Problems();

  private MappingReader reader(String yaml) {
    MappingNode root =
        YamlReader.withDefaults().read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return MappingReader.of(root, problems, KEYS);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::message).toList();
  }

  @Test
  void optionalReads_absentKeys_giveDefaultsWithoutProblems() {
    MappingReader m = reader("{}");

    assertThat(m.optionalDouble("rate", 0.5, DoubleRange.positive())).isEqualTo(0.5);
    assertThat(m.optionalLong("count", 7, LongRange.positive())).isEqualTo(7);
    assertThat(m.optionalBoolean("flag", true)).isTrue();
    assertThat(m.optionalString("name", "none")).isEqualTo("none");
    assertThat(m.optionalEnumValue("unit", "hour", List.of("minute", "hour"))).isEqualTo("hour");
    assertThat(m.optionalSequence("items")).isEmpty();
    assertThat(m.optionalMapping("nested")).isEmpty();
    assertThat(m.stringList("tags")).isEmpty();
    assertThat(problems.isEmpty()).isTrue();
    assertThat(m.isValid()).isTrue();
  }

  @Test
  void optionalReads_nullValues_giveDefaults() {
    MappingReader m = reader("rate: ~\ncount: null\nname:\n");

    assertThat(m.optionalDouble("rate", 0.5, DoubleRange.positive())).isEqualTo(0.5);
    assertThat(m.optionalLong("count", 7, LongRange.positive())).isEqualTo(7);
    assertThat(m.optionalString("name", "none")).isEqualTo("none");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void requiredReads_presentValues_areReturned() {
    MappingReader m =
        reader(
            "count: 3\nrate: 0.25\nflag: false\nname: x\nunit: minute\nitems: [1, 2]\nnested: {a: 1}\n");

    assertThat(m.requiredLong("count", LongRange.positive())).hasValue(3);
    assertThat(m.requiredDouble("rate", DoubleRange.between(0, 1))).hasValue(0.25);
    assertThat(m.requiredBoolean("flag")).hasValue(false);
    assertThat(m.requiredString("name")).hasValue("x");
    assertThat(m.enumValue("unit", List.of("minute", "hour"))).hasValue("minute");
    assertThat(m.requiredSequence("items")).hasSize(2);
    assertThat(m.requiredMapping("nested")).isPresent();
    assertThat(m.isValid()).isTrue();
  }

  @Test
  void requiredDouble_integer_isAccepted() {
    assertThat(reader("rate: 2").requiredDouble("rate", DoubleRange.positive())).hasValue(2.0);
  }

  @Test
  void requiredLong_floatWithIntegralValue_isRejected() {
    MappingReader m = reader("count: 2.0");

    assertThat(m.requiredLong("count", LongRange.positive())).isEmpty();
    assertThat(messages()).containsExactly("invalid value 2.0: must be an integer ≥ 1");
  }

  @Test
  void requiredLong_beyondLongRange_isRejected() {
    MappingReader m = reader("count: 99999999999999999999");

    assertThat(m.requiredLong("count", LongRange.any())).isEmpty();
    assertThat(messages())
        .containsExactly(
            "invalid value 99999999999999999999: must be an integer (the value does not fit in a 64-bit integer)");
  }

  @Test
  void requiredString_number_readsAsWritten() {
    assertThat(reader("name: 1.50").requiredString("name")).hasValue("1.50");
  }

  @Test
  void requiredString_emptyString_isRejected() {
    MappingReader m = reader("name: ''");

    assertThat(m.requiredString("name")).isEmpty();
    assertThat(messages()).containsExactly("invalid value \"\": must be a non-empty string");
  }

  @Test
  void requiredString_mapping_isRejectedWithKind() {
    MappingReader m = reader("name: {first: a}");

    assertThat(m.requiredString("name")).isEmpty();
    assertThat(messages()).containsExactly("expected a non-empty string, found a mapping");
  }

  @Test
  void requiredBoolean_quotedTrue_hintsAtQuotes() {
    MappingReader m = reader("flag: 'true'");

    assertThat(m.requiredBoolean("flag")).isEmpty();
    assertThat(messages())
        .containsExactly(
            "invalid value \"true\": must be true or false (a quoted value is a string: remove the quotes)");
  }

  @Test
  void optionalDouble_invalid_recordsProblemAndGivesDefault() {
    MappingReader m = reader("rate: -1");

    assertThat(m.optionalDouble("rate", 0.5, DoubleRange.positive())).isEqualTo(0.5);
    assertThat(messages()).containsExactly("invalid value -1: must be a finite number > 0");
    assertThat(m.isValid()).isFalse();
  }

  @Test
  void enumValue_unrelatedValue_listsChoicesWithoutGuess() {
    MappingReader m = reader("unit: fortnight");

    assertThat(m.enumValue("unit", List.of("minute", "hour"))).isEmpty();
    assertThat(messages())
        .containsExactly("invalid value \"fortnight\": must be one of minute, hour");
  }

  @Test
  void requiredSequence_mapping_isRejected() {
    MappingReader m = reader("items: {a: 1}");

    assertThat(m.requiredSequence("items")).isEmpty();
    assertThat(messages()).containsExactly("expected a sequence, found a mapping");
  }

  @Test
  void stringList_mixedItems_keepsValidOnes() {
    MappingReader m = reader("tags: [a, ~, {b: 1}, '', c]");

    assertThat(m.stringList("tags")).containsExactly("a", "c");
    assertThat(problems.sorted())
        .extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "tags[1]", "missing value: expected a non-empty string"),
            org.assertj.core.groups.Tuple.tuple(
                "tags[2]", "expected a non-empty string, found a mapping"),
            org.assertj.core.groups.Tuple.tuple(
                "tags[3]", "invalid value \"\": must be a non-empty string"));
  }

  @Test
  void of_unknownKeys_reportEachWithAllowedKeys() {
    reader("count: 1\ncuont: 2\ncolour: red\n");

    assertThat(messages())
        .containsExactly(
            "unknown key 'cuont' (did you mean 'count'?); allowed keys: count, rate, flag, name, unit, items,"
                + " nested, tags",
            "unknown key 'colour'; allowed keys: count, rate, flag, name, unit, items, nested, tags");
  }

  @Test
  void of_notAMapping_recordsOneProblem() {
    YamlNode root =
        YamlReader.withDefaults().read("test.yaml", "items: [1]".getBytes(StandardCharsets.UTF_8));
    YamlNode sequence = ((MappingNode) root).get("items").orElseThrow();

    MappingReader m = MappingReader.of(sequence, problems, List.of("id", "capacity"));

    assertThat(m.requiredDouble("capacity", DoubleRange.positive())).isEmpty();
    assertThat(m.requiredString("id")).isEmpty();
    assertThat(messages())
        .containsExactly("expected a mapping with the keys id, capacity, found a sequence");
    assertThat(m.isValid()).isFalse();
  }

  @Test
  void read_keyNotAllowed_isProgrammingError() {
    MappingReader m = reader("{}");

    assertThatThrownBy(() -> m.requiredDouble("capacity", DoubleRange.positive()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }

  @Test
  void of_duplicateAllowedKeys_isProgrammingError() {
    MappingNode root =
        YamlReader.withDefaults().read("test.yaml", "{a: 1}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> MappingReader.of(root, problems, List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reject_binderProblem_countsAgainstReader() {
    MappingReader m = reader("name: x");

    m.reject(m.node("name").orElseThrow(), "duplicate id 'x'");

    assertThat(m.isValid()).isFalse();
    assertThat(problems.sorted())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("name");
              assertThat(problem.value()).isEqualTo("x");
              assertThat(problem.line()).isEqualTo(1);
              assertThat(problem.column()).isEqualTo(7);
            });
  }
}
