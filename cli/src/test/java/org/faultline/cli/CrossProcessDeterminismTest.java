package org.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the reference scenario in three separate JVMs, the third with a German locale and Latin-1 as
 * its default and console charset, and compares what they wrote byte for byte.
 */
class CrossProcessDeterminismTest {

  @TempDir static Path parent;

  private static CommandResult first;
  private static CommandResult second;
  private static CommandResult german;

  @BeforeAll
  static void runThreeProcesses() throws Exception {
    first = runIn(Files.createDirectory(parent.resolve("first")), FaultlineCommand.ENGLISH_UTF8);
    second = runIn(Files.createDirectory(parent.resolve("second")), FaultlineCommand.ENGLISH_UTF8);
    german = runIn(Files.createDirectory(parent.resolve("german")), FaultlineCommand.GERMAN_LATIN1);
  }

  @Test
  void runs_everyProcess_exitWithStatus0() {
    assertThat(List.of(first.exitStatus(), second.exitStatus(), german.exitStatus()))
        .as("exit status of the first, second and German process")
        .containsExactly(0, 0, 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics.csv", "events.jsonl", "run.json", "scenario.yaml"})
  void runFile_secondProcess_isByteIdentical(String file) {
    assertThat(parent.resolve("second/results").resolve(file))
        .hasSameBinaryContentAs(parent.resolve("first/results").resolve(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"metrics.csv", "events.jsonl", "run.json", "scenario.yaml"})
  void runFile_germanLatin1Process_isByteIdentical(String file) {
    assertThat(parent.resolve("german/results").resolve(file))
        .hasSameBinaryContentAs(parent.resolve("first/results").resolve(file));
  }

  @Test
  void stdout_secondProcess_isByteIdentical() {
    assertThat(second.stdoutText()).isEqualTo(first.stdoutText());
  }

  @Test
  void stdout_germanLatin1Process_decodesAsUtf8EqualToFirst() {
    assertThat(german.stdoutText()).isEqualTo(first.stdoutText());
  }

  private static CommandResult runIn(Path workingDirectory, List<String> jvmOptions) {
    return FaultlineCommand.inSeparateJvm(
        workingDirectory, jvmOptions, "run", "flood-overload", "--out", "results");
  }
}
