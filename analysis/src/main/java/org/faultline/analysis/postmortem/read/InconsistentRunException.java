package org.faultline.analysis.postmortem.read;

import java.util.List;

/**
 * Raised when the files of a run directory follow the format each on its own but contradict one
 * another, such as a metrics row for a service that {@code run.json} does not list. Each problem
 * names the file and line. The command line reports it as invalid input.
 */
public final class InconsistentRunException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems one sentence per problem, each naming where it is; not empty
   */
  public InconsistentRunException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an inconsistent run has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
