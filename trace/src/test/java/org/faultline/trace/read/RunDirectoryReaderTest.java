package org.faultline.trace.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.SampleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryReaderTest {

  @TempDir Path directory;

  @Test
  void open_missingFiles_reportsAllAtOnce() throws IOException {
    SampleRun.write(directory, MetricsMode.FULL);
    Files.delete(directory.resolve(RunFiles.MANIFEST));
    Files.delete(directory.resolve(RunFiles.METRICS));

    NotARunDirectoryException error =
        catchThrowableOfType(
            NotARunDirectoryException.class, () -> RunDirectoryReader.open(directory));

    assertThat(error)
        .hasMessage("not a run directory: " + directory + ": missing run.json, metrics.csv");
    assertThat(error.problems()).containsExactly("missing run.json", "missing metrics.csv");
  }

  @Test
  void open_directoryInPlaceOfFile_reportsIt() throws IOException {
    Files.createDirectory(directory.resolve(RunFiles.SCENARIO));

    assertThatThrownBy(() -> RunDirectoryReader.open(directory))
        .isInstanceOf(NotARunDirectoryException.class)
        .hasMessage(
            "not a run directory: "
                + directory
                + ": missing run.json, events.jsonl, metrics.csv; not a regular file: scenario.yaml");
  }

  @Test
  void open_nonexistentPath_reportsIt() {
    Path missing = directory.resolve("nowhere");

    assertThatThrownBy(() -> RunDirectoryReader.open(missing))
        .isInstanceOf(NotARunDirectoryException.class)
        .hasMessage("not a run directory: " + missing + ": it does not exist");
  }

  @Test
  void open_sampleRun_readsManifestAndScenario() {
    RunManifest written = SampleRun.write(directory, MetricsMode.FULL);

    RunDirectoryReader run = RunDirectoryReader.open(directory);

    assertThat(run.manifest()).isEqualTo(written);
    assertThat(run.readScenario()).isEqualTo(SampleRun.SCENARIO_TEXT);
  }

  @Test
  void openFullMetrics_deltaRun_equalsFullRun(@TempDir Path fullDirectory) {
    SampleRun.write(directory, MetricsMode.DELTA);
    SampleRun.write(fullDirectory, MetricsMode.FULL);

    assertThat(readFull(directory)).containsExactlyElementsOf(readFull(fullDirectory));
  }

  @Test
  void openEvents_sampleRun_readsEveryLine() {
    SampleRun.write(directory, MetricsMode.FULL);

    try (EventLogReader events = RunDirectoryReader.open(directory).openEvents()) {
      assertThat(events.stream().count()).isEqualTo(6);
    }
  }

  private static List<MetricsRow> readFull(Path runDirectory) {
    try (RecordReader<MetricsRow> rows = RunDirectoryReader.open(runDirectory).openFullMetrics()) {
      return rows.stream().toList();
    }
  }
}
