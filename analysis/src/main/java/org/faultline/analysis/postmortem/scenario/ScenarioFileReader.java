package org.faultline.analysis.postmortem.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code scenario.yaml} as a plain YAML tree into a {@link ScenarioOutline}, tolerating
 * whatever it does not use.
 *
 * <p>The scenario loader of a run already checked the file strictly. This reader serves a
 * post-mortem that may read a file written by another version of Faultline, so it never fails:
 * unknown keys are ignored, a used field in an unexpected form is left empty with a note, and a
 * file that is missing or not YAML gives {@link ScenarioOutline#unreadable(String)}. Numbers
 * written as the YAML 1.2 core schema allows ({@code 010}, {@code 0x1F}, {@code 0o17}, {@code +2},
 * {@code .5}) are read as numbers even where the YAML parser returns them as text. This class is
 * stateless and thread-safe.
 */
public final class ScenarioFileReader {

  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-fA-F]+");

  private final List<String> notes = new ArrayList<>();

  private ScenarioFileReader() {}

  /**
   * Reads the scenario file of a run directory.
   *
   * @param file path of {@code scenario.yaml}
   * @return the outline; never null, and {@link ScenarioOutline#readable()} is false when the file
   *     is missing, not UTF-8, not YAML or not a mapping
   */
  public static ScenarioOutline read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ScenarioOutline.unreadable(
          "scenario.yaml could not be read ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      return ScenarioOutline.unreadable(
          "scenario.yaml is not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return ScenarioOutline.unreadable("scenario.yaml is not a YAML mapping");
    }
    return new ScenarioFileReader().outline(root);
  }

  private ScenarioOutline outline(JsonNode root) {
    List<ScenarioOutline.Service> services = new ArrayList<>();
    for (Item item : items(root, "services")) {
      services.add(
          new ScenarioOutline.Service(
              item.id,
              number(item.node, item.path, "capacity"),
              strings(item.node, item.path, "depends_on")));
    }
    List<ScenarioOutline.Stressor> stressors = new ArrayList<>();
    for (Item item : items(root, "stressors")) {
      stressors.add(
          new ScenarioOutline.Stressor(
              item.id,
              text(item.node, item.path, "kind"),
              strings(item.node, item.path, "targets"),
              wholeNumber(item.node, item.path, "onset"),
              wholeNumber(item.node, item.path, "pulses"),
              wholeNumber(item.node, item.path, "interval"),
              number(item.node, item.path, "intensity")));
    }
    List<ScenarioOutline.Office> offices = new ArrayList<>();
    for (Item item : items(root, "policy_offices")) {
      offices.add(
          new ScenarioOutline.Office(
              item.id,
              number(item.node, item.path, "stress_threshold"),
              wholeNumber(item.node, item.path, "intervention_delay"),
              number(item.node, item.path, "budget_release"),
              number(item.node, item.path, "budget")));
    }
    Optional<List<String>> reactTo =
        root.has("react_to") ? Optional.of(strings(root, "", "react_to")) : Optional.empty();
    return new ScenarioOutline(true, services, stressors, offices, reactTo, notes);
  }

  /** A list item with an id, and its path for notes, such as {@code services[1]}. */
  private record Item(String id, JsonNode node, String path) {}

  private List<Item> items(JsonNode root, String key) {
    JsonNode list = root.get(key);
    List<Item> items = new ArrayList<>();
    if (list == null || list.isNull()) {
      return items;
    }
    if (!list.isArray()) {
      notes.add(key + " is not a list, so it was skipped");
      return items;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonNode node = list.get(i);
      String path = key + "[" + i + "]";
      JsonNode id = node.isObject() ? node.get("id") : null;
      if (id == null || !id.isValueNode() || id.isNull()) {
        notes.add(path + " has no id, so it was skipped");
      } else {
        items.add(new Item(id.asString(), node, path));
      }
    }
    return items;
  }

  private Optional<String> text(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      notes.add(path + "." + key + " is not a single value, so it was ignored");
      return Optional.empty();
    }
    return Optional.of(node.asString());
  }

  private List<String> strings(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    List<String> values = new ArrayList<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      notes.add(pathOf(path, key) + " is not a list, so it was ignored");
      return values;
    }
    for (JsonNode element : node) {
      JsonNode named = element.isObject() ? element.get("service") : null;
      if (element.isValueNode() && !element.isNull()) {
        values.add(element.asString());
      } else if (named != null && named.isValueNode() && !named.isNull()) {
        // A dependency with a coupling is written {service: ID, coupling: A}.
        values.add(named.asString());
      } else {
        notes.add(
            pathOf(path, key) + " has an element that is not a single value, which was ignored");
      }
    }
    return values;
  }

  private OptionalDouble number(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return OptionalDouble.empty();
    }
    if (node.isNumber()) {
      return OptionalDouble.of(node.doubleValue());
    }
    if (node.isString()) {
      String value = node.stringValue();
      OptionalLong whole = parseWhole(value);
      if (whole.isPresent()) {
        return OptionalDouble.of(whole.getAsLong());
      }
      if (DECIMAL.matcher(value).matches()) {
        return OptionalDouble.of(Double.parseDouble(value));
      }
    }
    notes.add(pathOf(path, key) + " is " + node + ", not a number, so it was ignored");
    return OptionalDouble.empty();
  }

  private OptionalLong wholeNumber(JsonNode parent, String path, String key) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return OptionalLong.of(node.longValue());
    }
    OptionalLong whole = node.isString() ? parseWhole(node.stringValue()) : OptionalLong.empty();
    if (whole.isEmpty()) {
      notes.add(pathOf(path, key) + " is " + node + ", not a whole number, so it was ignored");
    }
    return whole;
  }

  private static OptionalLong parseWhole(String text) {
    try {
      if (INTEGER.matcher(text).matches()) {
        return OptionalLong.of(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
      }
      if (OCTAL.matcher(text).matches()) {
        return OptionalLong.of(Long.parseLong(text.substring(2), 8));
      }
      if (HEXADECIMAL.matcher(text).matches()) {
        return OptionalLong.of(Long.parseLong(text.substring(2), 16));
      }
    } catch (NumberFormatException e) {
      // Out of the range of a long: reported as not a whole number.
    }
    return OptionalLong.empty();
  }

  private static String pathOf(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
