package org.faultline.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

class YamlReaderTest {

  private final YamlReader reader = YamlReader.withDefaults();

  @TempDir Path dir;

  @Test
  void readFile_reference_keepsKeyOrder() {
    MappingNode root = reader.readFile(Fixtures.path("valid/flood-overload.yaml"));

    assertThat(root.keys())
        .containsExactly(
            "name",
            "description",
            "seed",
            "horizon",
            "unit",
            "engine",
            "services",
            "citizens",
            "policy_offices",
            "stressors");
  }

  @Test
  void readFile_referenceScenario_buildsExpectedTree() {
    MappingNode root = reader.readFile(Fixtures.path("valid/flood-overload.yaml"));

    Object services = ((Map<?, ?>) Fixtures.plain(root)).get("services");

    assertThat(services)
        .isEqualTo(
            List.of(
                Map.of("id", "transport", "capacity", 5.0, "resource", 5.0),
                Map.of(
                    "id",
                    "emergency",
                    "capacity",
                    3.0,
                    "resource",
                    3.0,
                    "depends_on",
                    List.of("transport")),
                Map.of("id", "power", "capacity", 4.0, "resource", 4.0)));
  }

  @Test
  void readFile_referenceScenario_placesNodesAndKeys() {
    MappingNode root = reader.readFile(Fixtures.path("valid/flood-overload.yaml"));
    SequenceNode services = (SequenceNode) root.get("services").orElseThrow();
    MappingNode emergency = (MappingNode) services.get(1);
    ScalarNode capacity = (ScalarNode) emergency.get("capacity").orElseThrow();

    assertThat(emergency.position()).isEqualTo(new Position(root.position().source(), 17, 5));
    assertThat(emergency.entry("capacity").orElseThrow().keyPosition().line()).isEqualTo(18);
    assertThat(capacity.position()).isEqualTo(new Position(root.position().source(), 18, 15));
    assertThat(capacity.path()).hasToString("services[1].capacity");
  }

  @Test
  void readFile_scalarForms_followYaml12CoreSchema() {
    MappingNode root = reader.readFile(Fixtures.path("valid/scalars.yaml"));

    Object plain = Fixtures.plain(root);

    assertThat(plain)
        .isEqualTo(
            Map.of(
                "words",
                    Map.of("no", "no", "on", "on", "upper_no", "NO", "yes", "yes", "off", "Off"),
                "booleans",
                    Map.of(
                        "lower_true",
                        true,
                        "lower_false",
                        false,
                        "capital_true",
                        true,
                        "upper_false",
                        false),
                "nulls", nulls("word", "tilde", "empty"),
                "integers",
                    Map.of(
                        "leading_zero",
                        10L,
                        "octal",
                        15L,
                        "hex",
                        31L,
                        "plus",
                        12L,
                        "minus",
                        -7L,
                        "too_long_for_a_long",
                        "123456789012345678901234567890"),
                "floats",
                    Map.of(
                        "decimal",
                        1.5,
                        "no_leading_digit",
                        0.5,
                        "trailing_point",
                        1.0,
                        "exponent",
                        1000.0,
                        "nan",
                        Double.NaN,
                        "infinity",
                        Double.POSITIVE_INFINITY,
                        "negative_infinity",
                        Double.NEGATIVE_INFINITY),
                "strings",
                    Map.of(
                        "underscore_digits",
                        "1_000",
                        "sexagesimal",
                        "1:30",
                        "date",
                        "2024-01-01",
                        "quoted_number",
                        "3.0",
                        "single_quoted_true",
                        "true",
                        "literal",
                        "first line\nsecond line\n",
                        "folded",
                        "one line\n")));
  }

  @Test
  void readFile_yaml11BooleanWords_stayStrings() {
    MappingNode words =
        (MappingNode)
            reader.readFile(Fixtures.path("valid/scalars.yaml")).get("words").orElseThrow();

    for (String key : List.of("no", "on", "upper_no", "yes", "off")) {
      ScalarNode word = (ScalarNode) words.get(key).orElseThrow();
      assertThat(word.type()).as("type of %s", word).isEqualTo(ScalarType.STRING);
      assertThat(word.asBoolean()).as("boolean view of %s", word).isEmpty();
    }
  }

  @Test
  void jacksonParser_yaml11BooleanWords_areStringTokens() throws IOException {
    // The reader resolves scalars itself, but relies on Jackson 3 not rewriting these words.
    try (JsonParser parser =
        new YAMLFactory().createParser(ObjectReadContext.empty(), "[no, on, NO, yes]")) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      for (String word : List.of("no", "on", "NO", "yes")) {
        assertThat(parser.nextToken()).as("token of %s", word).isEqualTo(JsonToken.VALUE_STRING);
        assertThat(parser.getString()).isEqualTo(word);
      }
    }
  }

  @Test
  void readFile_scalars_keepTextAndStyle() {
    MappingNode root = reader.readFile(Fixtures.path("valid/scalars.yaml"));
    MappingNode strings = (MappingNode) root.get("strings").orElseThrow();
    MappingNode floats = (MappingNode) root.get("floats").orElseThrow();

    ScalarNode quoted = (ScalarNode) strings.get("quoted_number").orElseThrow();
    ScalarNode literal = (ScalarNode) strings.get("literal").orElseThrow();
    ScalarNode decimal = (ScalarNode) floats.get("decimal").orElseThrow();

    assertThat(quoted.isQuoted()).isTrue();
    assertThat(quoted.style()).isEqualTo(ScalarStyle.DOUBLE_QUOTED);
    assertThat(quoted.plainType()).isEqualTo(ScalarType.FLOAT);
    assertThat(literal.style()).isEqualTo(ScalarStyle.LITERAL);
    assertThat(decimal.isQuoted()).isFalse();
    assertThat(decimal.text()).isEqualTo("1.50");
  }

  @Test
  void readFile_flowStyle_buildsTree() {
    MappingNode root = reader.readFile(Fixtures.path("valid/flow-style.yaml"));

    assertThat(Fixtures.plain(root))
        .isEqualTo(
            Map.of(
                "name",
                "flow-style",
                "horizon",
                5L,
                "unit",
                "minute",
                "services",
                List.of(
                    Map.of("id", "a", "capacity", 1L),
                    Map.of("id", "b", "capacity", 2L, "depends_on", List.of("a")))));
  }

  @Test
  void readFile_byteOrderMark_isSkipped() {
    MappingNode root = reader.readFile(Fixtures.path("valid/byte-order-mark.yaml"));

    assertThat(root.keys()).containsExactly("name", "horizon");
    assertThat(root.entry("name").orElseThrow().keyPosition().column()).isEqualTo(1);
  }

  @Test
  void readFile_billionLaughs_rejectedWithoutExpandingAliases() {
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class,
            () -> reader.readFile(Fixtures.path("invalid/billion-laughs.yaml")));

    List<Problem> problems = error.problems();
    assertThat(problems).hasSize(11);
    assertThat(problems.get(0).message())
        .contains("anchors and aliases are not supported", "anchor '&a'");
    assertThat(problems.get(2).message()).contains("alias '*a'");
    assertThat(problems.get(10).message()).contains("71 more anchors and aliases");
    assertThat(problems.get(10).line()).isEqualTo(3);
    assertThat(problems.get(10).column()).isEqualTo(32);
  }

  @Test
  void readFile_tooLargeFile_rejectedBeforeParsing(@TempDir Path temp) throws IOException {
    // Invalid UTF-8 and invalid YAML throughout: any parsing would report more than the size.
    byte[] content = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(content, (byte) 0xFF);
    Path file = Files.write(temp.resolve("huge.yaml"), content);

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.readFile(file));

    assertThat(error.problems()).hasSize(1);
    Problem problem = error.problems().get(0);
    assertThat(problem.line()).isZero();
    assertThat(problem.value()).isEqualTo("2097152");
    assertThat(problem.message())
        .contains("too large", "2097152 bytes", "the limit is 1048576 bytes");
  }

  @Test
  void read_tooLargeBytes_rejectedBeforeDecoding() {
    YamlReader small = YamlReader.withLimits(new ReadLimits(16, ReadLimits.DEFAULT_MAX_DEPTH));

    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class,
            () -> small.read("small.yaml", "name: seventeen-b".getBytes(StandardCharsets.UTF_8)));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.message()).contains("17 bytes", "the limit is 16 bytes");
            });
  }

  @Test
  void read_depthLimit_isConfigurable() {
    YamlReader shallow = YamlReader.withLimits(new ReadLimits(ReadLimits.DEFAULT_MAX_BYTES, 2));
    byte[] twoLevels = "a:\n  b: 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] threeLevels = "a:\n  b:\n    c: 1\n".getBytes(StandardCharsets.UTF_8);

    MappingNode accepted = shallow.read("two.yaml", twoLevels);
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class, () -> shallow.read("three.yaml", threeLevels));

    assertThat(accepted.keys()).containsExactly("a");
    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.path()).isEqualTo("a.b");
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.message()).contains("limit of 2 levels");
            });
  }

  @Test
  void read_deepestAllowedLimit_readsWithoutStackOverflow() {
    int depth = ReadLimits.MAX_DEPTH_LIMIT;
    YamlReader deepest = YamlReader.withLimits(new ReadLimits(ReadLimits.DEFAULT_MAX_BYTES, depth));
    String nested = "a: " + "[".repeat(depth - 1) + "1" + "]".repeat(depth - 1) + "\n";

    MappingNode root = deepest.read("deep.yaml", nested.getBytes(StandardCharsets.UTF_8));

    YamlNode node = root.get("a").orElseThrow();
    for (int level = 2; level < depth; level++) {
      node = ((SequenceNode) node).get(0);
    }
    assertThat(((SequenceNode) node).get(0).path().toString()).endsWith("[0][0]");
  }

  @Test
  void read_crlfLineEndings_countLinesOnce() {
    byte[] content = "name: a\r\nhorizon: 1\r\nhorizon: 2\r\n".getBytes(StandardCharsets.UTF_8);

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.read("crlf.yaml", content));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(3);
              assertThat(problem.column()).isEqualTo(1);
            });
  }

  @Test
  void read_invalidUtf8_countsColumnsInCharacters() {
    byte[] prefix = "name: \u00e9t\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] content = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    content[prefix.length] = (byte) 0xC3;

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.read("accents.yaml", content));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(1);
              assertThat(problem.column()).isEqualTo(11);
              assertThat(problem.value()).isEqualTo("0xC3");
            });
  }

  @Test
  void read_multibyteCharacters_parserCountsColumnsInCharacters() {
    // Each é is two bytes in UTF-8; the duplicate key is the 11th character and the 13th byte.
    byte[] content = "k: {\u00e9: 1, \u00e9: 2}\n".getBytes(StandardCharsets.UTF_8);

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.read("keys.yaml", content));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(1);
              assertThat(problem.column()).isEqualTo(11);
            });
  }

  @Test
  void read_emptySecondDocument_isStillASecondDocument() {
    byte[] content = "name: a\n---\n".getBytes(StandardCharsets.UTF_8);

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.read("two.yaml", content));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.message()).contains("a second YAML document");
            });
  }

  @Test
  void read_explicitDocumentMarkers_acceptOneDocument() {
    byte[] content = "%YAML 1.2\n---\nname: a\n...\n".getBytes(StandardCharsets.UTF_8);

    MappingNode root = reader.read("markers.yaml", content);

    assertThat(root.keys()).containsExactly("name");
  }

  @Test
  void read_syntaxErrorAfterDuplicateKey_reportsBoth() {
    byte[] content = "name: a\nname: b\nhorizon: [1, 2\n".getBytes(StandardCharsets.UTF_8);

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.read("both.yaml", content));

    assertThat(error.problems()).extracting(Problem::line).containsExactly(2, 4);
  }

  @Test
  void readFile_missingFile_reportsNotFound() {
    Path missing = dir.resolve("missing.yaml");

    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.readFile(missing));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.source()).isEqualTo(missing.toString());
              assertThat(problem.message()).contains("file not found");
            });
  }

  @Test
  void readFile_directory_reportsNotAFile() {
    ScenarioException error =
        catchThrowableOfType(ScenarioException.class, () -> reader.readFile(dir));

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.message()).contains("is a directory");
            });
  }

  @Test
  void readFile_invalid_messageHasLinePerProblem() {
    ScenarioException error =
        catchThrowableOfType(
            ScenarioException.class,
            () -> reader.readFile(Fixtures.path("invalid/duplicate-key.yaml")));

    String file = Fixtures.path("invalid/duplicate-key.yaml").toString();
    assertThat(error.getMessage())
        .isEqualTo(
            file
                + ":4:1: horizon: duplicate key 'horizon': it is already"
                + " defined at line 2, column 1; remove one of the two\n"
                + file
                + ":8:5: services[0].capacity: duplicate key 'capacity': it is already defined at line 7,"
                + " column 5; remove one of the two");
  }

  @Test
  void readValue_plainNumber_isInteger() {
    YamlNode value = reader.readValue("--set horizon=20", "20");

    assertThat(value)
        .isInstanceOfSatisfying(
            ScalarNode.class,
            scalar -> {
              assertThat(scalar.type()).isEqualTo(ScalarType.INTEGER);
              assertThat(scalar.asLong()).hasValue(20);
            });
  }

  @Test
  void readValue_emptyText_isNull() {
    YamlNode value = reader.readValue("--set seed=", "");

    assertThat(value)
        .isInstanceOfSatisfying(ScalarNode.class, scalar -> assertThat(scalar.isNull()).isTrue());
  }

  @Test
  void readValue_sequence_isReturned() {
    YamlNode value = reader.readValue("--set depends_on=[a, b]", "[a, b]");

    assertThat(value).isInstanceOf(SequenceNode.class);
  }

  @Test
  void readValue_alias_isRejected() {
    assertThatThrownBy(() -> reader.readValue("--set name=*x", "*x"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("anchors and aliases are not supported");
  }

  @Test
  void factory_constraints_backTheReaderLimits() {
    StrictYamlFactory factory = StrictYamlFactory.create(new ReadLimits(4096, 8));

    var constraints = factory.streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(9);
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(4096);
    assertThat(constraints.getMaxStringLength()).isEqualTo(4096);
  }

  @Test
  void readLimits_invalidValues_rejected() {
    assertThatThrownBy(() -> new ReadLimits(0, 32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadLimits(1024, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReadLimits(1024, ReadLimits.MAX_DEPTH_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Object> nulls(String... keys) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (String key : keys) {
      map.put(key, null);
    }
    return map;
  }
}
