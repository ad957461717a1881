package org.faultline.scenario.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An accumulator of the problems found in one scenario input, so that all of them are reported
 * together instead of only the first.
 *
 * <p>Instances are not thread-safe: one reading of one input owns one instance.
 */
public final class Problems {

  /*
   * Problems without a line (a file too large to parse, a value given with --set) come first, then
   * the others by line and column. The sort is stable, so problems at the same place keep the order
   * in which they were found.
   */
  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final List<Problem> found = new ArrayList<>();

  /** Records a problem. */
  public void add(Problem problem) {
    found.add(problem);
  }

  /** Records a problem at a position. */
  public void add(Position position, String path, String value, String message) {
    add(Problem.at(position, path, value, message));
  }

  /** Records every problem of a list, in its order. */
  public void addAll(List<Problem> problems) {
    found.addAll(problems);
  }

  /** Returns whether no problem has been recorded. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Returns the number of problems recorded so far. */
  public int size() {
    return found.size();
  }

  /**
   * Returns the recorded problems sorted by position; the list is a copy that cannot be modified.
   */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(found);
    copy.sort(BY_POSITION);
    return List.copyOf(copy);
  }

  /** Throws a {@link ScenarioException} with all recorded problems when there is at least one. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ScenarioException(sorted());
    }
  }
}
