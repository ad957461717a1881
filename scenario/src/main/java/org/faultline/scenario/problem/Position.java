package org.faultline.scenario.problem;

import java.util.Objects;

/**
 * A place in a scenario input: a source name with a 1-based line and column, or a source alone.
 *
 * <p>The source is a file name as the user gave it, or a command-line argument such as {@code --set
 * horizon=20}. Line and column are 0 when the place has no position inside the source, for example
 * for a file that is too large to parse or for a value given on the command line.
 *
 * @param source the file name or argument the problem is in, never blank
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column counted in Unicode code points, or 0 when unknown
 */
public record Position(String source, int line, int column) {

  /** Validates the source and the line and column numbers. */
  public Position {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 0, got line " + line + ", column " + column);
    }
    if ((line == 0) != (column == 0)) {
      throw new IllegalArgumentException(
          "line and column must be both known or both 0, got line " + line + ", column " + column);
    }
  }

  /** Returns the position of a whole source, with no line or column. */
  public static Position of(String source) {
    return new Position(source, 0, 0);
  }

  /** Returns whether this position names a line and column. */
  public boolean hasLine() {
    return line > 0;
  }

  /**
   * Renders the position as {@code source:line:column}, or as {@code source} when it has no line.
   */
  @Override
  public String toString() {
    return hasLine() ? source + ":" + line + ":" + column : source;
  }
}
