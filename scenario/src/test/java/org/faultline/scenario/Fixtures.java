package org.faultline.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.faultline.scenario.yaml.MappingEntry;
import org.faultline.scenario.yaml.MappingNode;
import org.faultline.scenario.yaml.ScalarNode;
import org.faultline.scenario.yaml.SequenceNode;
import org.faultline.scenario.yaml.YamlNode;

/**
 * Access to the fixture files under src/test/resources and to files of the repository, and a plain
 * view of trees for comparisons.
 */
public final class Fixtures {

  /** The folder of the built-in scenarios in the module's sources. */
  public static final String BUILT_IN_FOLDER = "src/main/resources/org/faultline/scenario/builtin";

  private Fixtures() {}

  /**
   * Returns a file of the module, such as its built-in scenario folder; Maven runs tests in the
   * module's directory.
   */
  public static Path moduleFile(String relative) {
    Path file = Path.of("").toAbsolutePath().resolve(relative);
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          file + " does not exist; run the tests from the scenario module's directory");
    }
    return file;
  }

  /**
   * Returns a file of the repository, such as "docs/scenarios.md", from the parent of the module's
   * directory.
   */
  public static Path repositoryFile(String relative) {
    return moduleFile("../" + relative).normalize();
  }

  /** Returns the files under a fixture folder, such as "invalid", at any depth, sorted by path. */
  public static List<Path> filesUnder(String folder) {
    try (var files = Files.walk(path(folder))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the built-in scenario files, found by listing their folder, sorted by name. */
  public static List<Path> builtInScenarioFiles() {
    try (var files = Files.list(moduleFile(BUILT_IN_FOLDER))) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the path of a fixture, such as "invalid/empty.yaml". */
  public static Path path(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Converts a tree to plain Java values: a mapping to a LinkedHashMap in key order, a sequence to
   * a list, a scalar to null, a Boolean, a Long, a Double or its text.
   */
  public static Object plain(YamlNode node) {
    if (node instanceof MappingNode mapping) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (MappingEntry entry : mapping.entries()) {
        values.put(entry.key(), plain(entry.value()));
      }
      return values;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> items = new ArrayList<>();
      sequence.items().forEach(item -> items.add(plain(item)));
      return items;
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.type()) {
      case NULL -> null;
      case BOOLEAN -> scalar.asBoolean().orElseThrow();
      case INTEGER ->
          scalar.asLong().isPresent() ? (Object) scalar.asLong().getAsLong() : scalar.text();
      case FLOAT -> scalar.asDouble().orElseThrow();
      case STRING -> scalar.text();
    };
  }
}
