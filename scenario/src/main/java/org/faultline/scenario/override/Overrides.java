package org.faultline.scenario.override;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.faultline.scenario.override.OverridePath.Index;
import org.faultline.scenario.override.OverridePath.Name;
import org.faultline.scenario.override.OverridePath.Step;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.ScenarioException;
import org.faultline.scenario.problem.Suggestions;
import org.faultline.scenario.yaml.MappingEntry;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.SequenceNode;
import org.faultline.scenario.yaml.YamlNode;
import org.faultline.scenario.yaml.YamlPath;
import org.faultline.scenario.yaml.YamlReader;

/**
 * Applies {@code --set PATH=VALUE} overrides to a scenario's tree.
 *
 * <p>The rule: an override replaces a scalar that the file already contains, and nothing else. It
 * cannot add a key, so a typo in a path is reported here instead of becoming an unknown key, and it
 * cannot replace a mapping or a sequence. To sweep a field that a file leaves at its default, write
 * the default into the file (an optional field written as {@code null} takes its default and can be
 * overridden). The rule needs no knowledge of the scenario model, and every override lands where a
 * value of the file stood, so the binder validates it like any other value.
 *
 * <p>Paths are written {@code horizon}, {@code services[1].capacity} (items counted from 0) or
 * {@code services.emergency.capacity}, where a name applied to a sequence selects the item whose
 * {@code id} is that name. The value is read as one YAML scalar, so {@code horizon=20} gives an
 * integer and {@code name="20"} a string. The replaced scalar takes the argument, such as {@code
 * --set horizon=20}, as its source, with no line or column. Overrides apply in order; setting one
 * field twice is a problem.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class Overrides {

  private static final String ONLY_FILE_VALUES =
      "--set replaces only values written in the scenario file";

  private Overrides() {}

  /**
   * Applies overrides to a tree, recording a problem for each one that cannot apply.
   *
   * @param root the document's root mapping
   * @param setArguments the arguments of {@code --set} options, each {@code PATH=VALUE}, in order
   * @param problems where problems are recorded
   * @return the tree with every valid override applied; the root itself when there are none
   */
  public static MappingNode apply(MappingNode root, List<String> setArguments, Problems problems) {
    YamlReader valueReader = YamlReader.withDefaults();
    Map<YamlPath, String> setBy = new LinkedHashMap<>();
    MappingNode result = root;
    for (String argument : setArguments) {
      result = applyOne(result, argument, valueReader, setBy, problems);
    }
    return result;
  }

  private static MappingNode applyOne(
      MappingNode root,
      String argument,
      YamlReader valueReader,
      Map<YamlPath, String> setBy,
      Problems problems) {
    String source = "--set " + argument;
    Position where = Position.of(source);
    int equals = argument.indexOf('=');
    Optional<OverridePath> path =
        equals < 0 ? Optional.empty() : OverridePath.parse(argument.substring(0, equals));
    if (path.isEmpty()) {
      problems.add(
          where,
          "",
          argument,
          "invalid override '"
              + argument
              + "': expected PATH=VALUE,"
              + " such as horizon=20, services[1].capacity=4.5 or services.emergency.capacity=4.5");
      return root;
    }
    String valueText = argument.substring(equals + 1);

    Resolution target = resolve(root, path.get());
    if (target.failure != null) {
      String hint =
          Suggestions.nearest(path.get().text(), overridablePaths(root))
              .map(near -> " (did you mean '" + near + "'?)")
              .orElse("");
      problems.add(
          where,
          path.get().text(),
          valueText,
          "unknown path '"
              + path.get().text()
              + "': "
              + target.failure
              + hint
              + "; "
              + ONLY_FILE_VALUES);
      return root;
    }
    String previous = setBy.putIfAbsent(target.node.path(), argument);
    if (previous != null) {
      problems.add(
          where,
          target.node.path().toString(),
          valueText,
          "this field is already set by --set " + previous + "; set each field once");
      return root;
    }

    Optional<ScalarNode> value =
        readValue(valueText, source, target.node.path(), valueReader, problems);
    return value
        .map(scalar -> replace(root, target.steps, 0, scalar.relocate(where, target.node.path())))
        .map(MappingNode.class::cast)
        .orElse(root);
  }

  private static Optional<ScalarNode> readValue(
      String valueText, String source, YamlPath path, YamlReader reader, Problems problems) {
    YamlNode value;
    try {
      value = reader.readValue(source, valueText);
    } catch (ScenarioException invalid) {
      for (Problem problem : invalid.problems()) {
        problems.add(Position.of(source), path.toString(), problem.value(), problem.message());
      }
      return Optional.empty();
    }
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(
          Position.of(source),
          path.toString(),
          valueText,
          "the value is "
              + value.description()
              + ", but --set replaces only single values; quote the value if it is text");
      return Optional.empty();
    }
    return Optional.of(scalar);
  }

  /**
   * The scalar a path selects with the steps that reach it by key and index, or why there is none.
   */
  private record Resolution(ScalarNode node, List<Step> steps, String failure) {

    static Resolution failed(String failure) {
      return new Resolution(null, List.of(), failure);
    }
  }

  private static Resolution resolve(MappingNode root, OverridePath path) {
    YamlNode current = root;
    List<Step> steps = new ArrayList<>();
    for (Step step : path.steps()) {
      String at = current.path().isRoot() ? "the document" : "'" + current.path() + "'";
      if (current instanceof MappingNode mapping && step instanceof Name name) {
        Optional<YamlNode> next = mapping.get(name.name());
        if (next.isEmpty()) {
          return Resolution.failed(at + " has no key '" + name.name() + "'");
        }
        current = next.get();
        steps.add(name);
      } else if (current instanceof SequenceNode sequence && step instanceof Index index) {
        if (index.index() >= sequence.size()) {
          return Resolution.failed(
              at
                  + " has "
                  + sequence.size()
                  + " items, so index "
                  + index.index()
                  + " is out of range");
        }
        current = sequence.get(index.index());
        steps.add(index);
      } else if (current instanceof SequenceNode sequence && step instanceof Name id) {
        List<Integer> matches = itemsWithId(sequence, id.name());
        if (matches.size() != 1) {
          return Resolution.failed(
              matches.isEmpty()
                  ? "no item of " + at + " has the id '" + id.name() + "'"
                  : matches.size()
                      + " items of "
                      + at
                      + " have the id '"
                      + id.name()
                      + "', so select one by index");
        }
        current = sequence.get(matches.get(0));
        steps.add(new Index(matches.get(0)));
      } else {
        String selector =
            step instanceof Index index
                ? "[" + index.index() + "]"
                : "'" + ((Name) step).name() + "'";
        return Resolution.failed(
            at + " is " + current.description() + ", so " + selector + " cannot select from it");
      }
    }
    if (!(current instanceof ScalarNode scalar)) {
      return Resolution.failed(
          "'" + current.path() + "' is " + current.description() + ", not a single value");
    }
    return new Resolution(scalar, List.copyOf(steps), null);
  }

  private static List<Integer> itemsWithId(SequenceNode sequence, String id) {
    List<Integer> matches = new ArrayList<>();
    for (int i = 0; i < sequence.size(); i++) {
      if (idOf(sequence.get(i)).filter(id::equals).isPresent()) {
        matches.add(i);
      }
    }
    return matches;
  }

  private static Optional<String> idOf(YamlNode item) {
    return item instanceof MappingNode mapping
        ? mapping
            .get("id")
            .filter(ScalarNode.class::isInstance)
            .map(ScalarNode.class::cast)
            .flatMap(ScalarNode::asString)
        : Optional.empty();
  }

  private static YamlNode replace(YamlNode node, List<Step> steps, int at, YamlNode value) {
    if (at == steps.size()) {
      return value;
    }
    Step step = steps.get(at);
    if (step instanceof Name name) {
      MappingNode mapping = (MappingNode) node;
      YamlNode child = mapping.get(name.name()).orElseThrow();
      return mapping.withValue(name.name(), replace(child, steps, at + 1, value));
    }
    SequenceNode sequence = (SequenceNode) node;
    int index = ((Index) step).index();
    return sequence.withItem(index, replace(sequence.get(index), steps, at + 1, value));
  }

  /** Lists every path --set accepts in a tree, by index and, where items have ids, by id. */
  static List<String> overridablePaths(MappingNode root) {
    List<String> paths = new ArrayList<>();
    collectPaths(root, "", "", paths);
    return paths;
  }

  private static void collectPaths(YamlNode node, String byIndex, String byId, List<String> paths) {
    if (node instanceof ScalarNode) {
      paths.add(byIndex);
      if (!byId.equals(byIndex)) {
        paths.add(byId);
      }
    } else if (node instanceof MappingNode mapping) {
      for (MappingEntry entry : mapping.entries()) {
        String separator = byIndex.isEmpty() ? "" : ".";
        collectPaths(
            entry.value(),
            byIndex + separator + entry.key(),
            byId + separator + entry.key(),
            paths);
      }
    } else {
      SequenceNode sequence = (SequenceNode) node;
      for (int i = 0; i < sequence.size(); i++) {
        YamlNode item = sequence.get(i);
        String idStep =
            idOf(item).filter(OverridePath::isName).map(id -> "." + id).orElse("[" + i + "]");
        collectPaths(item, byIndex + "[" + i + "]", byId + idStep, paths);
      }
    }
  }
}
