package org.faultline.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.faultline.scenario.Fixtures;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/scenario.schema.json accepts every shipped scenario and the documentation's example, and
 * rejects every invalid fixture whose problem JSON Schema can express. YAML is read into a tree
 * with Jackson, as an editor would read it, and checked with a draft 2020-12 validator.
 */
class ScenarioSchemaTest {

  static final Schema SCHEMA = loadSchema();
  static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** Invalid fixtures whose problem the schema expresses, so that it rejects them too. */
  static final Set<String> SCHEMA_REJECTS =
      Set.of(
          "root-scalar.yaml",
          "root-sequence.yaml",
          "unknown-key.yaml",
          "missing-required.yaml",
          "null-required.yaml",
          "mapping-for-number.yaml",
          "string-for-number.yaml",
          "quoted-number.yaml",
          "float-for-integer.yaml",
          "out-of-range.yaml",
          "infinite.yaml",
          "not-a-number.yaml",
          "invalid-enum.yaml",
          "yaml-1.1-boolean.yaml",
          "item-not-a-mapping.yaml",
          "scalar-for-list.yaml",
          "invalid-id.yaml",
          "zero-pulses.yaml",
          "unknown-react-to.yaml",
          "several-problems.yaml");

  /**
   * Invalid fixtures that the schema accepts, because their problem relates two values of the
   * document and JSON Schema validates each value on its own.
   */
  static final Map<String, String> BEYOND_SCHEMA =
      Map.of(
          "duplicate-id.yaml", "uniqueness of a property across the items of an array",
          "duplicate-id-across-kinds.yaml", "uniqueness of a property across several arrays",
          "unknown-dependency.yaml", "a reference to an id declared elsewhere in the document",
          "self-dependency.yaml", "a comparison of a reference with the id of its own item",
          "target-not-a-service.yaml", "the kind of participant a reference names",
          "source-not-a-citizen.yaml", "the kind of participant a reference names",
          "duplicate-scheduling-rule.yaml", "uniqueness of a property across the items of an array",
          "last-pulse-too-late.yaml",
              "arithmetic across three fields (onset + (pulses - 1) × interval)");

  /**
   * Invalid fixtures rejected by the YAML reader's rules (syntax, encoding, limits, anchors, tags,
   * documents, duplicate keys), which concern how a file is written, not the data that the schema
   * validates.
   */
  static final Set<String> READER_REJECTS =
      Set.of(
          "anchors-aliases.yaml",
          "billion-laughs.yaml",
          "comments-only.yaml",
          "complex-key.yaml",
          "control-character.yaml",
          "deep-nesting.yaml",
          "directive-yaml-1.1.yaml",
          "duplicate-key.yaml",
          "empty.yaml",
          "latin1.yaml",
          "malformed-colon-in-value.yaml",
          "malformed-indentation.yaml",
          "malformed-tab.yaml",
          "malformed-unclosed-quote.yaml",
          "tag-java.yaml",
          "tag-python.yaml",
          "two-documents.yaml");

  static Schema loadSchema() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    try (InputStream in =
        Files.newInputStream(Fixtures.repositoryFile("docs/scenario.schema.json"))) {
      return registry.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema file as a JSON tree. */
  static JsonNode schemaTree() {
    return new JsonMapper().readTree(Fixtures.repositoryFile("docs/scenario.schema.json").toFile());
  }

  /** Returns the problems the schema finds in a YAML file, as "location: message" lines. */
  static List<String> schemaErrors(Path yamlFile) {
    return schemaErrors(YAML.readTree(yamlFile.toFile()));
  }

  /** Returns the problems the schema finds in a tree, as "location: message" lines. */
  static List<String> schemaErrors(JsonNode tree) {
    return SCHEMA.validate(tree).stream().map(Error::toString).toList();
  }

  static Stream<Arguments> builtInScenarios() {
    return Fixtures.builtInScenarioFiles().stream()
        .map(file -> Arguments.of(Named.of(file.getFileName().toString(), file)));
  }

  static Stream<String> schemaRejects() {
    return SCHEMA_REJECTS.stream().sorted();
  }

  static Stream<String> beyondSchema() {
    return BEYOND_SCHEMA.keySet().stream().sorted();
  }

  @Test
  void schema_againstDraft202012MetaSchema_isValid() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema metaSchema =
        registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(metaSchema.validate(schemaTree())).isEmpty();
  }

  @Test
  void schema_everyRef_hasNoSiblingKeywords() {
    List<String> refsWithSiblings = new ArrayList<>();
    collectRefsWithSiblings(schemaTree(), "", refsWithSiblings);

    // Validators of draft 7, which some editors still use, ignore every keyword beside a $ref.
    assertThat(refsWithSiblings).isEmpty();
  }

  private static void collectRefsWithSiblings(JsonNode node, String pointer, List<String> found) {
    if (node.isObject() && node.has("$ref") && node.size() > 1) {
      found.add(pointer);
    }
    if (node.isObject()) {
      node.propertyNames()
          .forEach(key -> collectRefsWithSiblings(node.get(key), pointer + "/" + key, found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectRefsWithSiblings(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  @Test
  void builtInFolder_listing_findsTheReferenceScenario() {
    assertThat(Fixtures.builtInScenarioFiles())
        .extracting(file -> file.getFileName().toString())
        .contains("flood-overload.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInScenarios")
  void builtInScenario_againstSchema_isValid(Path file) {
    assertThat(schemaErrors(file)).isEmpty();
  }

  @Test
  void docsExample_againstSchema_isValid() {
    assertThat(schemaErrors(Fixtures.path("valid/docs-example.yaml"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaRejects")
  void invalidFixture_schemaExpressesRule_isRejected(String name) {
    assertThat(schemaErrors(Fixtures.path("invalid/" + name))).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beyondSchema")
  void invalidFixture_ruleBeyondSchema_isAccepted(String name) {
    assertThat(schemaErrors(Fixtures.path("invalid/" + name)))
        .as("%s needs %s, which JSON Schema cannot express", name, BEYOND_SCHEMA.get(name))
        .isEmpty();
  }

  @Test
  void invalidFixtures_everyFixture_isClassifiedOnce() {
    Path folder = Fixtures.path("invalid");
    Set<String> fixtures = new TreeSet<>();
    Fixtures.filesUnder("invalid")
        .forEach(file -> fixtures.add(folder.relativize(file).toString()));
    Set<String> classified = new TreeSet<>();
    classified.addAll(SCHEMA_REJECTS);
    classified.addAll(BEYOND_SCHEMA.keySet());
    classified.addAll(READER_REJECTS);

    assertThat(classified).as("fixtures under invalid/").isEqualTo(fixtures);
    assertThat(SCHEMA_REJECTS.size() + BEYOND_SCHEMA.size() + READER_REJECTS.size())
        .as("fixtures in more than one class")
        .isEqualTo(classified.size());
  }
}
