package org.faultline.cli;

import java.util.List;

/**
 * Thrown by a subcommand when its input is invalid; the command prints each problem on its own line
 * to stderr and exits with status 2, without a stack trace.
 */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems one line per problem: where, what is wrong, what would be valid; not empty
   */
  public InvalidInputException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for a single problem. */
  public InvalidInputException(String problem) {
    this(List.of(problem));
  }

  /** Returns the problems, one line each. */
  public List<String> problems() {
    return problems;
  }
}
