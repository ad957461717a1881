package org.faultline.analysis.postmortem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.trace.RunFiles;
import org.faultline.trace.RunManifest;
import org.faultline.trace.read.ManifestReader;
import org.faultline.trace.read.RunDirectoryReader;

/**
 * Checks that a directory contains the files the post-mortem needs and reads its manifest.
 *
 * <p>{@code run.json}, {@code events.jsonl} and {@code metrics.csv} are required. {@code
 * scenario.yaml} is not: without it the report only leaves out what needs it. When a required file
 * is missing, the trace module's check of the whole directory reports every missing file at once.
 * Stateless.
 */
final class RunDirectoryCheck {

  /** The files without which there is nothing to analyse. */
  static final List<String> REQUIRED_FILES =
      List.of(RunFiles.MANIFEST, RunFiles.EVENTS, RunFiles.METRICS);

  private RunDirectoryCheck() {}

  /**
   * Checks the directory and reads {@code run.json}.
   *
   * @throws org.faultline.trace.read.NotARunDirectoryException naming every missing file
   * @throws org.faultline.trace.read.MalformedRunFileException if {@code run.json} is malformed
   */
  static RunManifest readManifest(Path directory) {
    boolean complete =
        Files.isDirectory(directory)
            && REQUIRED_FILES.stream()
                .allMatch(
                    name ->
                        Files.isRegularFile(directory.resolve(name))
                            && Files.isReadable(directory.resolve(name)));
    if (!complete) {
      // Raises NotARunDirectoryException with every missing or unreadable file.
      RunDirectoryReader.open(directory);
    }
    return ManifestReader.read(directory.resolve(RunFiles.MANIFEST));
  }
}
