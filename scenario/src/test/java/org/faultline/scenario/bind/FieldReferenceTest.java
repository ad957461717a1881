package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.faultline.model.event.InfrastructureEvents;
import org.faultline.model.spec.FloodSpec;
import org.faultline.model.spec.Limits;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.model.spec.ServiceSpec;
import org.faultline.scenario.Fixtures;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/scenario.schema.json and the field tables of docs/scenarios.md list exactly the keys the
 * binder reads, in its order, and the schema's names, limits and defaults are the binder's.
 */
class FieldReferenceTest {

  private static final JsonNode SCHEMA =
      new JsonMapper().readTree(Fixtures.repositoryFile("docs/scenario.schema.json").toFile());
  private static final Pattern TABLE_FIELD = Pattern.compile("^\\| `([a-z_]+)` \\|");

  /**
   * Returns the binder's keys of each section, the schema pointer to its properties and its table's
   * heading.
   */
  static Stream<Arguments> sections() {
    return Stream.of(
        Arguments.of("", "/properties", "### Top level", ScenarioBinder.ROOT_KEYS),
        Arguments.of(
            "services", "/$defs/service/properties", "### `services`", ScenarioBinder.SERVICE_KEYS),
        Arguments.of(
            "citizens", "/$defs/citizen/properties", "### `citizens`", ScenarioBinder.CITIZEN_KEYS),
        Arguments.of(
            "policy_offices",
            "/$defs/policyOffice/properties",
            "### `policy_offices`",
            ScenarioBinder.POLICY_KEYS),
        Arguments.of(
            "stressors",
            "/$defs/flood/properties",
            "### `stressors` (flood)",
            ScenarioBinder.FLOOD_KEYS),
        Arguments.of(
            "heatwave",
            "/$defs/heatwave/properties",
            "### `stressors` (heatwave)",
            ScenarioBinder.HEATWAVE_KEYS),
        Arguments.of(
            "initial_events",
            "/$defs/initialEvent/properties",
            "### `initial_events`",
            ScenarioBinder.INITIAL_EVENT_KEYS),
        Arguments.of(
            "scheduling",
            "/$defs/schedulingRule/properties",
            "### `scheduling`",
            ScenarioBinder.SCHEDULING_KEYS),
        Arguments.of(
            "limits", "/properties/limits/properties", "### `limits`", ScenarioBinder.LIMITS_KEYS),
        Arguments.of(
            "depends_on",
            "/$defs/dependency/oneOf/1/properties",
            "### `depends_on` items",
            ScenarioBinder.DEPENDENCY_KEYS),
        Arguments.of(
            "dynamics",
            "/properties/dynamics/properties",
            "### `dynamics`",
            ScenarioBinder.DYNAMICS_KEYS),
        Arguments.of(
            "channels",
            "/$defs/channel/properties",
            "### `channels`",
            ScenarioBinder.CHANNEL_KEYS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void schemaProperties_ofSection_areBinderKeys(
      String section, String pointer, String heading, List<String> keys) {
    assertThat(SCHEMA.at(pointer).propertyNames()).containsExactlyElementsOf(keys);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sections")
  void docsTable_ofSection_listsBinderKeys(
      String section, String pointer, String heading, List<String> keys) throws IOException {
    assertThat(docsTableFields(heading)).containsExactlyElementsOf(keys);
  }

  @Test
  void docsTable_ofReactTo_listsTheKey() throws IOException {
    assertThat(docsTableFields("### `react_to`")).containsExactly("react_to");
  }

  @Test
  void schemaEnums_matchBinderNames() {
    List<String> timeUnits = texts(SCHEMA.at("/properties/time_unit/enum"));
    timeUnits.remove("null");
    List<String> eventTypes = new ArrayList<>();
    new InfrastructureEvents().all().forEach(type -> eventTypes.add(type.name()));

    assertThat(timeUnits).as("time units").isEqualTo(ScenarioBinder.TIME_UNITS);
    assertThat(texts(SCHEMA.at("/$defs/eventType/enum"))).as("event types").isEqualTo(eventTypes);
    assertThat(texts(SCHEMA.at("/$defs/initialEvent/properties/type/enum")))
        .as("initial event types")
        .isEqualTo(ScenarioBinder.INITIAL_EVENT_TYPES);
    assertThat(
            List.of(
                SCHEMA.at("/$defs/flood/properties/kind/const").asString(),
                SCHEMA.at("/$defs/heatwave/properties/kind/const").asString()))
        .as("stressor kinds")
        .isEqualTo(ScenarioBinder.STRESSOR_KINDS);
  }

  @Test
  void schemaLimits_matchBinderLimits() {
    assertThat(SCHEMA.at("/$defs/flood/properties/pulses/maximum").asLong())
        .as("most pulses")
        .isEqualTo(ScenarioBinder.MAX_PULSES);
    assertThat(SCHEMA.at("/$defs/scheduledTime/maximum").asLong())
        .as("latest scheduled time")
        .isEqualTo(ScenarioBinder.MAX_SCHEDULED_TIME);
  }

  @Test
  void schemaDefaults_ofTopLevel_matchBoundValues() {
    ScenarioSpec spec = bindMinimal();

    assertThat(SCHEMA.at("/properties/description/default").asString())
        .isEqualTo(spec.description());
    assertThat(SCHEMA.at("/properties/time_unit/default").asString()).isEqualTo(spec.timeUnit());
    assertThat(SCHEMA.at("/properties/seed/default").asLong()).isEqualTo(spec.seed());
    assertThat(texts(SCHEMA.at("/properties/react_to/default"))).isEqualTo(spec.reactTo());
    assertThat(SCHEMA.at("/properties/limits/properties/max_events_per_instant/default").asLong())
        .isEqualTo(Limits.defaults().maxEventsPerInstant())
        .isEqualTo(spec.limits().maxEventsPerInstant());
    assertThat(SCHEMA.at("/properties/limits/properties/max_events/default").asLong())
        .isEqualTo(Limits.defaults().maxEvents())
        .isEqualTo(spec.limits().maxEvents());
  }

  @Test
  void schemaDefaults_ofParticipants_matchBoundValues() {
    ScenarioSpec spec = bindMinimal();
    ServiceSpec service = spec.services().get(0);
    FloodSpec flood = (FloodSpec) spec.stressors().get(0);

    assertThat(service.resource()).as("service resource").isEqualTo(service.capacity());
    assertThat(SCHEMA.at("/$defs/service/properties/overload_threshold/default").asDouble())
        .isEqualTo(service.overloadThreshold());
    assertThat(SCHEMA.at("/$defs/service/properties/stress_increment/default").asDouble())
        .isEqualTo(service.stressIncrement());
    assertThat(SCHEMA.at("/$defs/citizen/properties/resource/default").asDouble())
        .isEqualTo(spec.citizens().get(0).resource());
    assertThat(SCHEMA.at("/$defs/flood/properties/pulses/default").asLong())
        .isEqualTo(flood.pulses());
    assertThat(SCHEMA.at("/$defs/flood/properties/interval/default").asLong())
        .isEqualTo(flood.interval());
    assertThat(SCHEMA.at("/$defs/flood/properties/resource_drain/default").asDouble())
        .isEqualTo(flood.resourceDrain());
    assertThat(SCHEMA.at("/$defs/schedulingRule/properties/requested/default").asBoolean())
        .isEqualTo(spec.scheduling().get(0).requested());
    assertThat(SCHEMA.at("/$defs/schedulingRule/properties/fixed/default").asLong())
        .isEqualTo(spec.scheduling().get(0).fixed());
  }

  /** Binds a document that leaves every optional key out. */
  private static ScenarioSpec bindMinimal() {
    String yaml =
        """
                name: minimal
                horizon: 1
                services:
                  - {id: a, capacity: 2.5}
                citizens:
                  - {id: c, demand: 1, panic_threshold: 1}
                stressors:
                  - {id: f, kind: flood, targets: [a], onset: 0, intensity: 1}
                scheduling:
                  - {event: SERVICE_OVERLOAD}
                """;
    Problems problems = new Problems();
    var root =
        YamlReader.withDefaults().read("minimal.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    ScenarioSpec spec = new ScenarioBinder().bind(root, problems).orElse(null);
    assertThat(problems.sorted()).as("problems of the minimal document").isEmpty();
    return spec;
  }

  /**
   * Returns the field names in the first column of the table under a heading of docs/scenarios.md.
   */
  private static List<String> docsTableFields(String heading) throws IOException {
    List<String> lines =
        Files.readAllLines(Fixtures.repositoryFile("docs/scenarios.md"), StandardCharsets.UTF_8);
    int start = lines.indexOf(heading);
    assertThat(start).as("line of the heading %s", heading).isNotNegative();
    List<String> fields = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#")) {
        break;
      }
      Matcher field = TABLE_FIELD.matcher(line);
      if (field.find()) {
        fields.add(field.group(1));
      }
    }
    return fields;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.isNull() ? "null" : value.asString()));
    return values;
  }
}
