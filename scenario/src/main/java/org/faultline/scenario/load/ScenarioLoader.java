package org.faultline.scenario.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.scenario.bind.ScenarioBinder;
import org.faultline.scenario.override.Overrides;
import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problems;
import org.faultline.scenario.problem.ScenarioException;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.YamlReader;
import org.faultline.scenario.yaml.YamlWriter;

/**
 * Loads scenarios from files or from the built-in library, applies {@code --set} overrides and
 * binds them, reporting every problem at once. Stateless and thread-safe.
 */
public final class ScenarioLoader {

  private static final String BUILT_IN_FOLDER = "/org/faultline/scenario/builtin/";
  private static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "scenarios.list";

  private ScenarioLoader() {}

  /**
   * Loads a built-in scenario by name, or else a file by path.
   *
   * @param nameOrFile a built-in scenario's name, or the path of a YAML file
   * @param overrides {@code PATH=VALUE} arguments, applied in order
   * @throws ScenarioException with every problem found
   */
  public static LoadedScenario load(String nameOrFile, List<String> overrides) {
    if (builtInNames().contains(nameOrFile)) {
      return loadBuiltIn(nameOrFile, overrides);
    }
    Path file = Path.of(nameOrFile);
    if (!file.toFile().exists() && !nameOrFile.contains("/") && !nameOrFile.contains(".")) {
      Problems problems = new Problems();
      problems.add(
          Position.of(nameOrFile),
          "",
          null,
          "no built-in scenario has this name and no file"
              + " has this path; built-in scenarios: "
              + String.join(", ", builtInNames()));
      problems.throwIfAny();
    }
    return loadFile(file, overrides);
  }

  /**
   * Loads a scenario file.
   *
   * @throws ScenarioException with every problem found
   */
  public static LoadedScenario loadFile(Path file, List<String> overrides) {
    MappingNode root = YamlReader.withDefaults().readFile(file);
    return bind(root, readText(file), file.toString(), overrides);
  }

  /**
   * Loads a built-in scenario.
   *
   * @throws ScenarioException if the name is unknown or an override is invalid
   */
  public static LoadedScenario loadBuiltIn(String name, List<String> overrides) {
    byte[] bytes =
        builtInBytes(name)
            .orElseThrow(
                () -> {
                  Problems problems = new Problems();
                  problems.add(
                      Position.of(name),
                      "",
                      null,
                      "no built-in scenario has this name; built-in scenarios: "
                          + String.join(", ", builtInNames()));
                  return new ScenarioException(problems.sorted());
                });
    MappingNode root = YamlReader.withDefaults().read(name + ".yaml", bytes);
    return bind(root, new String(bytes, StandardCharsets.UTF_8), name, overrides);
  }

  /** Returns the built-in scenarios in the order the library lists them. */
  public static List<BuiltInScenario> builtIns() {
    List<BuiltInScenario> scenarios = new ArrayList<>();
    for (String name : builtInNames()) {
      ScenarioSpec spec = loadBuiltIn(name, List.of()).spec();
      scenarios.add(new BuiltInScenario(name, firstSentence(spec.description())));
    }
    return scenarios;
  }

  /** Returns the names of the built-in scenarios. */
  public static List<String> builtInNames() {
    try (InputStream in = ScenarioLoader.class.getResourceAsStream(BUILT_IN_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(BUILT_IN_INDEX + " is missing from the build");
      }
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_INDEX, e);
    }
  }

  private static LoadedScenario bind(
      MappingNode root, String text, String source, List<String> overrides) {
    Problems problems = new Problems();
    MappingNode overridden = Overrides.apply(root, overrides, problems);
    problems.throwIfAny();
    Optional<ScenarioSpec> spec = new ScenarioBinder().bind(overridden, problems);
    problems.throwIfAny();
    String ran = overrides.isEmpty() ? text : YamlWriter.write(overridden);
    return new LoadedScenario(spec.orElseThrow(), ran, source);
  }

  private static Optional<byte[]> builtInBytes(String name) {
    if (!builtInNames().contains(name)) {
      return Optional.empty();
    }
    try (InputStream in =
        ScenarioLoader.class.getResourceAsStream(BUILT_IN_FOLDER + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in scenario " + name + " is listed but missing from the build");
      }
      return Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read built-in scenario " + name, e);
    }
  }

  private static String readText(Path file) {
    try {
      // The reader has already checked that the bytes are valid UTF-8.
      String text = new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String firstSentence(String description) {
    String text = description.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
