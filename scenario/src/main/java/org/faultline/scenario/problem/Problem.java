package org.faultline.scenario.problem;

import java.util.Objects;

/**
 * One problem in a scenario input, rendered as one line such as {@code scenario.yaml:12:15:
 * services[1].capacity: invalid value -3: must be a finite number > 0}.
 *
 * @param source the file name or command-line argument the problem is in
 * @param line 1-based line, or 0 when the problem has no position inside the source
 * @param column 1-based column, or 0 when the problem has no position inside the source
 * @param path the field path such as {@code services[1].capacity}, or "" for the whole document
 * @param value the offending value as written, or null when no single value is at fault
 * @param message what is wrong and what would be valid; it already shows the value where one exists
 */
public record Problem(
    String source, int line, int column, String path, String value, String message) {

  /** Validates the fields; the position rules are those of {@link Position}. */
  public Problem {
    new Position(source, line, column);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  /** Creates a problem at a position. */
  public static Problem at(Position position, String path, String value, String message) {
    return new Problem(position.source(), position.line(), position.column(), path, value, message);
  }

  /** Returns where the problem is. */
  public Position position() {
    return new Position(source, line, column);
  }

  /** Renders the problem as one line: position, path when there is one, then the message. */
  public String render() {
    String where = position().toString();
    return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
