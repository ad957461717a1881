package org.faultline.trace.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Raised when a path is not a run directory: it does not exist, is not a directory, or lacks a
 * readable {@code run.json}, {@code events.jsonl}, {@code metrics.csv} or {@code scenario.yaml}.
 * The message lists everything that is missing, such as {@code not a run directory:
 * /home/ana/results: missing run.json, metrics.csv}.
 */
public final class NotARunDirectoryException extends RunReadException {

  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  NotARunDirectoryException(Path directory, String summary, List<String> problems) {
    super("not a run directory: " + directory + ": " + summary, problems);
    this.directory = directory;
  }

  /** Returns the path that was opened. */
  public Path directory() {
    return directory;
  }
}
