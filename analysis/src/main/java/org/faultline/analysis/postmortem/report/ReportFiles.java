package org.faultline.analysis.postmortem.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code failure_analysis.md} and {@code analysis.json} into a run directory, each first
 * under a temporary name in the same directory and then renamed into place, so that neither file is
 * ever seen half-written. Stateless and thread-safe; two writers into one directory at once are not
 * supported.
 */
public final class ReportFiles {

  /** The Markdown post-mortem. */
  public static final String REPORT = "failure_analysis.md";

  /** The machine-readable findings. */
  public static final String FINDINGS = "analysis.json";

  private static final String TEMPORARY_SUFFIX = ".partial";

  private ReportFiles() {}

  /**
   * Writes both files, replacing earlier ones.
   *
   * <p>Both are written to temporary files before either is renamed. If a rename fails, the
   * temporary files are deleted; a file already renamed stays, complete.
   *
   * @param directory the run directory
   * @param report the report to write
   * @throws UncheckedIOException if a file cannot be written or renamed
   */
  public static void write(Path directory, Report report) {
    byte[] markdown = report.toMarkdown().getBytes(StandardCharsets.UTF_8);
    byte[] json = report.toJson();
    Path markdownTemporary = directory.resolve("." + REPORT + TEMPORARY_SUFFIX);
    Path jsonTemporary = directory.resolve("." + FINDINGS + TEMPORARY_SUFFIX);
    try {
      Files.write(markdownTemporary, markdown);
      Files.write(jsonTemporary, json);
      move(jsonTemporary, directory.resolve(FINDINGS));
      move(markdownTemporary, directory.resolve(REPORT));
    } catch (IOException e) {
      List<IOException> cleanup = deleteQuietly(markdownTemporary, jsonTemporary);
      UncheckedIOException failure =
          new UncheckedIOException(
              "cannot write the post-mortem into " + directory + ": " + e.getMessage(), e);
      cleanup.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<IOException> deleteQuietly(Path... files) {
    List<IOException> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        failures.add(e);
      }
    }
    return failures;
  }
}
