package org.faultline.trace.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.trace.MetricsMode;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;

/**
 * A finished run directory, checked and ready to read.
 *
 * <p>{@link #open(Path)} checks that the four files of every run are present and reads the
 * manifest; the other files are read on demand through streaming readers, each of which the caller
 * closes. Instances are immutable and thread-safe, and each opened reader is independent.
 */
public final class RunDirectoryReader {

  private static final List<String> REQUIRED_FILES =
      List.of(RunFiles.MANIFEST, RunFiles.EVENTS, RunFiles.METRICS, RunFiles.SCENARIO);

  private final Path directory;
  private final RunManifest manifest;

  private RunDirectoryReader(Path directory, RunManifest manifest) {
    this.directory = directory;
    this.manifest = manifest;
  }

  /**
   * Checks the directory and reads its manifest.
   *
   * @param directory path of a run directory
   * @return the reader
   * @throws NotARunDirectoryException listing every missing or unreadable file
   * @throws MalformedRunFileException if {@code run.json} is malformed
   */
  public static RunDirectoryReader open(Path directory) {
    checkDirectory(directory);
    return new RunDirectoryReader(
        directory, ManifestReader.read(directory.resolve(RunFiles.MANIFEST)));
  }

  /** Returns the run directory. */
  public Path directory() {
    return directory;
  }

  /** Returns the contents of {@code run.json}. */
  public RunManifest manifest() {
    return manifest;
  }

  /** Returns the path of a file in the run directory, such as {@code failure_analysis.md}. */
  public Path file(String name) {
    return directory.resolve(name);
  }

  /**
   * Opens {@code metrics.csv} to read its rows as stored, which in delta mode are only the changes.
   */
  public MetricsReader openMetrics() {
    return MetricsReader.open(file(RunFiles.METRICS));
  }

  /**
   * Opens the state of every service after every executed event, whatever the metrics mode: the
   * rows of {@code metrics.csv} in full mode, the rows rebuilt by {@link DeltaExpander} in delta
   * mode.
   */
  public RecordReader<MetricsRow> openFullMetrics() {
    MetricsReader metrics = openMetrics();
    if (manifest.metricsMode() == MetricsMode.FULL) {
      return metrics;
    }
    EventLogReader events;
    try {
      events = openEvents();
    } catch (RuntimeException e) {
      metrics.close();
      throw e;
    }
    return DeltaExpander.open(manifest.services(), metrics, events);
  }

  /** Opens {@code events.jsonl} to read its executed events and rejected intents in order. */
  public EventLogReader openEvents() {
    return EventLogReader.open(file(RunFiles.EVENTS));
  }

  /**
   * Reads {@code scenario.yaml}, the scenario text that ran.
   *
   * @throws UncheckedIOException if the file cannot be read or is not UTF-8
   */
  public String readScenario() {
    try {
      return Files.readString(file(RunFiles.SCENARIO), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + file(RunFiles.SCENARIO) + ": " + e.getMessage(), e);
    }
  }

  private static void checkDirectory(Path directory) {
    if (!Files.exists(directory)) {
      throw new NotARunDirectoryException(
          directory, "it does not exist", List.of(directory + " does not exist"));
    }
    if (!Files.isDirectory(directory)) {
      throw new NotARunDirectoryException(
          directory, "it is a file", List.of(directory + " is a file, not a directory"));
    }
    List<String> missing = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<String> notFiles = new ArrayList<>();
    for (String name : REQUIRED_FILES) {
      Path file = directory.resolve(name);
      if (!Files.exists(file)) {
        missing.add(name);
      } else if (!Files.isRegularFile(file)) {
        notFiles.add(name);
      } else if (!Files.isReadable(file)) {
        unreadable.add(name);
      }
    }
    List<String> problems = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    addGroup(missing, "missing ", problems, summary);
    addGroup(notFiles, "not a regular file: ", problems, summary);
    addGroup(unreadable, "not readable: ", problems, summary);
    if (!problems.isEmpty()) {
      throw new NotARunDirectoryException(directory, String.join("; ", summary), problems);
    }
  }

  private static void addGroup(
      List<String> names, String label, List<String> problems, List<String> summary) {
    if (names.isEmpty()) {
      return;
    }
    for (String name : names) {
      problems.add(label + name);
    }
    summary.add(label + String.join(", ", names));
  }
}
