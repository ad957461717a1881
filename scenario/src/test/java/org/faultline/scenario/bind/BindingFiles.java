package org.faultline.scenario.bind;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.model.spec.ScenarioSpec;
import org.faultline.scenario.load.ScenarioLoader;
import org.faultline.scenario.problem.Problem;
import org.faultline.scenario.problem.ScenarioException;

/** Writes scenario text to a file and loads it, for binding tests against the real loader. */
final class BindingFiles {

  /** A valid scenario head; tests append services and further sections. */
  static final String HEAD =
      """
            name: dynamics-test
            horizon: 10
            """;

  private final Path directory;
  private int count;

  BindingFiles(Path directory) {
    this.directory = directory;
  }

  /** Loads text that must be valid. */
  ScenarioSpec load(String text) {
    return ScenarioLoader.loadFile(write(text), List.of()).spec();
  }

  /** Loads text with overrides that must be valid. */
  ScenarioSpec load(String text, List<String> overrides) {
    return ScenarioLoader.loadFile(write(text), overrides).spec();
  }

  /** Loads text that must be invalid and returns the rendered problems without the file name. */
  List<String> problems(String text) {
    Path file = write(text);
    ScenarioException[] thrown = new ScenarioException[1];
    assertThatThrownBy(
            () -> {
              try {
                ScenarioLoader.loadFile(file, List.of());
              } catch (ScenarioException e) {
                thrown[0] = e;
                throw e;
              }
            })
        .isInstanceOf(ScenarioException.class);
    String prefix = file + ":";
    return thrown[0].problems().stream()
        .map(Problem::render)
        .map(line -> line.startsWith(prefix) ? line.substring(prefix.length()) : line)
        .toList();
  }

  private Path write(String text) {
    Path file = directory.resolve("scenario-" + (++count) + ".yaml");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
