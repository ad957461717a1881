package org.faultline.scenario.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.bind.ScenarioBinder;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.ScenarioException;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema accepts a document exactly when the loader does, checked on variants of the
 * documentation's example. Every value is replaced by values of other types and at the edges of its
 * range, every key is removed, an unknown key is added to every mapping, and the first item of
 * every sequence is repeated. The few variants whose rule JSON Schema cannot express are listed
 * with the reason, and the schema must accept them while the loader rejects them.
 */
class SchemaMatchesLoaderTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Fields whose values name participants; changing one only breaks a reference, which is tested
   * elsewhere.
   */
  private static final Set<String> ID_FIELDS = Set.of("id", "depends_on", "targets", "source");

  /** Sequences whose items declare participant ids. */
  private static final Set<String> PARTICIPANT_LISTS =
      Set.of("services", "citizens", "policy_offices", "stressors");

  /** Values put in place of each scalar: other types, range edges and values past the limits. */
  private static final List<JsonNode> SCALAR_CANDIDATES =
      List.of(
          NODES.nullNode(),
          NODES.stringNode(""),
          NODES.stringNode("text"),
          NODES.booleanNode(true),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(1),
          NODES.numberNode(0.5),
          NODES.numberNode(ScenarioBinder.MAX_PULSES + 1),
          NODES.numberNode(ScenarioBinder.MAX_SCHEDULED_TIME + 1));

  /** Values put in place of each mapping and sequence. */
  private static final List<JsonNode> CONTAINER_CANDIDATES =
      List.of(NODES.nullNode(), NODES.stringNode("text"), NODES.arrayNode(), NODES.objectNode());

  /**
   * One variant of the example.
   *
   * @param beyondSchema why the loader rejects the variant while the schema cannot, or empty when
   *     both must agree
   */
  record Variant(Consumer<ObjectNode> change, Optional<String> beyondSchema) {}

  static Stream<Arguments> variants() {
    ObjectNode example =
        (ObjectNode)
            ScenarioSchemaTest.YAML.readTree(Fixtures.path("valid/docs-example.yaml").toFile());
    List<Arguments> variants = new ArrayList<>();
    collect(example, new ArrayList<>(), variants);
    return variants.stream();
  }

  private static void collect(JsonNode node, List<Object> path, List<Arguments> variants) {
    if (node instanceof ObjectNode mapping) {
      for (String key : mapping.propertyNames()) {
        List<Object> child = append(path, key);
        variants.add(
            variant(
                render(child) + " removed",
                root -> parent(root, child).remove(key),
                removalBeyondSchema(child)));
        collect(mapping.get(key), child, variants);
      }
      List<Object> unknown = append(path, "extra");
      variants.add(
          variant(
              render(unknown) + " added",
              root -> ((ObjectNode) at(root, path)).put("extra", 1),
              Optional.empty()));
    } else if (node instanceof ArrayNode sequence) {
      for (int i = 0; i < sequence.size(); i++) {
        collect(sequence.get(i), append(path, i), variants);
      }
      if (!sequence.isEmpty()) {
        variants.add(
            variant(
                render(path) + " with its first item repeated",
                root -> ((ArrayNode) at(root, path)).add(sequence.get(0).deepCopy()),
                repetitionBeyondSchema(path)));
      }
    }
    if (path.isEmpty()) {
      return;
    }
    List<JsonNode> candidates = node.isContainer() ? CONTAINER_CANDIDATES : SCALAR_CANDIDATES;
    if (!node.isContainer() && ID_FIELDS.contains(field(path))) {
      return;
    }
    for (JsonNode candidate : candidates) {
      variants.add(
          variant(
              render(path) + " = " + candidate,
              root -> replace(root, path, candidate),
              replacementBeyondSchema(path, candidate)));
    }
  }

  /** Returns why removing a key breaks a rule that JSON Schema cannot express, if it does. */
  private static Optional<String> removalBeyondSchema(List<Object> path) {
    if (path.equals(List.of("citizens"))) {
      return Optional.of("initial_events name citizen populations that no longer exist");
    }
    return Optional.empty();
  }

  /**
   * Returns why repeating the first item of a sequence breaks a rule that JSON Schema cannot
   * express, if it does.
   */
  private static Optional<String> repetitionBeyondSchema(List<Object> path) {
    if (PARTICIPANT_LISTS.contains(field(path))) {
      return Optional.of("ids must be unique across all participants");
    }
    if (field(path).equals("scheduling")) {
      return Optional.of("an event type may have only one scheduling rule");
    }
    return Optional.empty();
  }

  /** Returns why a replacement breaks a rule that JSON Schema cannot express, if it does. */
  private static Optional<String> replacementBeyondSchema(List<Object> path, JsonNode candidate) {
    boolean noCitizens = candidate.isNull() || (candidate.isArray() && candidate.isEmpty());
    if (path.equals(List.of("citizens")) && noCitizens) {
      return Optional.of("initial_events name citizen populations that no longer exist");
    }
    if (field(path).equals("interval")
        && candidate.asLong(0) == ScenarioBinder.MAX_SCHEDULED_TIME + 1) {
      return Optional.of("the last pulse, onset + (pulses - 1) × interval, comes after 2^53");
    }
    return Optional.empty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void variantOfExample_schemaAndLoader_agree(Variant variant) {
    ObjectNode document =
        (ObjectNode)
            ScenarioSchemaTest.YAML.readTree(Fixtures.path("valid/docs-example.yaml").toFile());
    variant.change().accept(document);

    List<String> schemaErrors = ScenarioSchemaTest.schemaErrors(document);
    List<String> loaderProblems = loaderProblems(document);

    if (variant.beyondSchema().isPresent()) {
      assertThat(loaderProblems).as("loader problems").isNotEmpty();
      assertThat(schemaErrors)
          .as("schema errors, where %s", variant.beyondSchema().get())
          .isEmpty();
    } else {
      assertThat(schemaErrors.isEmpty())
          .as("schema accepts (schema errors %s, loader problems %s)", schemaErrors, loaderProblems)
          .isEqualTo(loaderProblems.isEmpty());
    }
  }

  static Stream<String> ids() {
    return Stream.of(
        "transport",
        "citizen:1",
        "Transport Hub",
        "ä-ö",
        "\uD83D\uDE00",
        "a\u2028b",
        "\u00A0a",
        "a\u00A0",
        " a",
        "a ",
        "",
        "a\tb",
        "\tb",
        "a\u0085b",
        "a\u007Fb",
        "a\u009Fb");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("ids")
  void serviceId_schemaAndLoader_agree(String id) {
    ObjectNode document = NODES.objectNode();
    document.put("name", "ids");
    document.put("horizon", 1);
    ObjectNode service = document.putArray("services").addObject();
    service.put("id", id);
    service.put("capacity", 1.0);

    List<String> schemaErrors = ScenarioSchemaTest.schemaErrors(document);
    List<String> loaderProblems = loaderProblems(document);

    assertThat(schemaErrors.isEmpty())
        .as("schema accepts (schema errors %s, loader problems %s)", schemaErrors, loaderProblems)
        .isEqualTo(loaderProblems.isEmpty());
  }

  @Test
  void integralFloat_forInteger_passesOnlySchema() {
    ObjectNode document = NODES.objectNode();
    document.put("name", "integral-float");
    document.put("horizon", 2.0);
    document.putArray("services").addObject().put("id", "a").put("capacity", 1.0);

    // JSON Schema counts a number with a zero fractional part as an integer; the loader does not.
    assertThat(ScenarioSchemaTest.schemaErrors(document)).isEmpty();
    assertThat(loaderProblemsOf(document))
        .extracting(Problem::message)
        .containsExactly("invalid value 2.0: must be an integer ≥ 0");
  }

  /** Writes a tree as YAML and returns what reading and binding it reports. */
  private static List<Problem> loaderProblemsOf(JsonNode document) {
    byte[] yaml =
        ScenarioSchemaTest.YAML.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    Problems problems = new Problems();
    try {
      MappingNode root = YamlReader.withDefaults().read("variant.yaml", yaml);
      new ScenarioBinder().bind(root, problems);
    } catch (ScenarioException e) {
      return e.problems();
    }
    return problems.sorted();
  }

  private static List<String> loaderProblems(JsonNode document) {
    return loaderProblemsOf(document).stream().map(Problem::render).toList();
  }

  private static Arguments variant(
      String name, Consumer<ObjectNode> change, Optional<String> beyondSchema) {
    return Arguments.of(Named.of(name, new Variant(change, beyondSchema)));
  }

  private static void replace(ObjectNode root, List<Object> path, JsonNode value) {
    JsonNode parent = at(root, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode mapping) {
      mapping.set((String) last, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  /** Returns the mapping that contains the last key of a path. */
  private static ObjectNode parent(ObjectNode root, List<Object> path) {
    return (ObjectNode) at(root, path.subList(0, path.size() - 1));
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  /** Returns the key a value is under: its own key, or for a sequence item the sequence's key. */
  private static String field(List<Object> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof String key) {
        return key;
      }
    }
    return "";
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  private static String render(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(step);
      }
    }
    return text.toString();
  }
}
