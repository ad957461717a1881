package org.faultline.analysis.attention.io;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when the input files of a graph attention job are invalid, with every problem found.
 *
 * <p>Each problem is one line naming the file, the line and column or key where that applies, the
 * offending value and what would be valid. The message lists them all, one per line. Instances are
 * immutable.
 */
public final class GatInputException extends RuntimeException {

  private final List<String> problems;

  /**
   * Creates the exception from the problems found, in the order they were found.
   *
   * @param problems at least one problem message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public GatInputException(List<String> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, one message each, as an unmodifiable list. */
  public List<String> problems() {
    return problems;
  }

  private static String describe(List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a GatInputException needs at least one problem");
    }
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return "invalid graph attention input, " + count + ":\n" + String.join("\n", problems);
  }
}
