package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems found in the input files of one job, in the order found.
 *
 * <p>Not thread-safe: one instance serves one job on one thread.
 */
final class Problems {

  private final List<String> messages = new ArrayList<>();

  /** Adds a problem of the file as a whole. */
  void add(Path file, String message) {
    messages.add(file + ": " + message);
  }

  /** Adds a problem of one line of a file. */
  void add(Path file, long line, String message) {
    messages.add(file + ": line " + line + ": " + message);
  }

  /** Adds a problem at a line and column number of a text file. */
  void add(Path file, long line, int column, String message) {
    messages.add(file + ": line " + line + ", column " + column + ": " + message);
  }

  /** Adds a problem of one field of one line of a CSV file. */
  void add(Path file, long line, String column, String message) {
    messages.add(file + ": line " + line + ", column " + quote(column) + ": " + message);
  }

  /** Returns the number of problems so far. */
  int size() {
    return messages.size();
  }

  /** Throws a {@link GatInputException} with all problems, if there are any. */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new GatInputException(messages);
    }
  }

  /**
   * Quotes a value for a message: in double quotes, with backslash, double quote and control
   * characters escaped, so empty values, spaces and line breaks stay visible.
   */
  static String quote(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
