package org.faultline.trace.read;

import java.util.List;

/**
 * Raised when a run directory or one of its files cannot be read as the run directory format. The
 * command line reports it as a usage error.
 */
public abstract class RunReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  RunReadException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, each a complete sentence naming where it is; never empty. */
  public List<String> problems() {
    return problems;
  }
}
