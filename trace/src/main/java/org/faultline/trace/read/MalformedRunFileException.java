package org.faultline.trace.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Raised when a file of a run directory does not follow the format. Each problem reads {@code
 * FILE:LINE: what is wrong}, or {@code FILE:LINE:COLUMN: …} for JSON syntax errors, the form
 * compilers use, so editors can jump to it.
 */
public final class MalformedRunFileException extends RunReadException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  MalformedRunFileException(Path file, List<String> problems) {
    super(summarize(file, problems), problems);
    this.file = file;
  }

  /** Creates the exception for one problem on one line of the file. */
  static MalformedRunFileException at(Path file, long line, String problem) {
    return new MalformedRunFileException(file, List.of(locate(file, line, problem)));
  }

  /** Prefixes a problem with the file and line, as {@code FILE:LINE: problem}. */
  static String locate(Path file, long line, String problem) {
    return file + ":" + line + ": " + problem;
  }

  /** Returns the malformed file. */
  public Path file() {
    return file;
  }

  private static String summarize(Path file, List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems in " + file + ":\n  " + String.join("\n  ", problems);
  }
}
