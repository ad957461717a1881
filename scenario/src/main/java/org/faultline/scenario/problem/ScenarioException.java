package org.faultline.scenario.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports that a scenario input is invalid, with every problem found in it.
 *
 * <p>The message contains one rendered problem per line, in the order of {@link #problems()}. The
 * CLI prints those lines to stderr and exits with status 2; no stack trace is meant for the user.
 */
public final class ScenarioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, in the order to report them; at least one
   */
  public ScenarioException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems in the order they are reported; the list cannot be modified. */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    return problems.stream().map(Problem::render).collect(Collectors.joining("\n"));
  }
}
