package org.faultline.analysis.postmortem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.faultline.analysis.postmortem.report.ReportFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Run directories kept as test resources, and helpers to analyse copies of them.
 *
 * <p>They were written by {@code faultline run} of version 0.1.0:
 *
 * <ul>
 *   <li>{@code flood-overload}: {@code faultline run flood-overload};
 *   <li>{@code flood-intervening}: the same with {@code --set stressors[0].pulses=20 --set
 *       stressors[0].interval=1 --set policy_offices[0].stress_threshold=0.5 --set horizon=30};
 *   <li>{@code flood-intervening-delta}: the same with {@code --metrics delta}.
 * </ul>
 */
final class RunFixtures {

  static final String FLOOD_OVERLOAD = "flood-overload";
  static final String FLOOD_INTERVENING = "flood-intervening";
  static final String FLOOD_INTERVENING_DELTA = "flood-intervening-delta";

  static final List<String> FILES =
      List.of("run.json", "events.jsonl", "metrics.csv", "scenario.yaml");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RunFixtures() {}

  /** Copies the fixture's files into the directory, creating it, and returns the directory. */
  static Path copy(String fixture, Path directory) {
    try {
      Files.createDirectories(directory);
      for (String file : FILES) {
        try (InputStream in =
            RunFixtures.class.getResourceAsStream("runs/" + fixture + "/" + file)) {
          if (in == null) {
            throw new IllegalStateException("missing test resource runs/" + fixture + "/" + file);
          }
          Files.copy(in, directory.resolve(file));
        }
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the fixture, writes its post-mortem and returns the directory. */
  static Path analysed(String fixture, Path directory) {
    copy(fixture, directory);
    PostMortem.write(directory);
    return directory;
  }

  /** Reads failure_analysis.md of a directory. */
  static String markdown(Path directory) {
    try {
      return Files.readString(directory.resolve(ReportFiles.REPORT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses analysis.json of a directory. */
  static JsonNode json(Path directory) {
    return JSON.readTree(directory.resolve(ReportFiles.FINDINGS));
  }

  /** Returns the element of {@code services} in analysis.json with the given id. */
  static JsonNode service(JsonNode analysis, String id) {
    for (JsonNode service : analysis.get("services")) {
      if (service.get("id").stringValue().equals(id)) {
        return service;
      }
    }
    throw new AssertionError("analysis.json has no service " + id);
  }

  /** Returns the lines of the Markdown table whose first cell is the given text. */
  static List<String> tableRows(String markdown, String firstCell) {
    List<String> rows = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("| " + firstCell + " |")) {
        rows.add(line);
      }
    }
    return rows;
  }
}
