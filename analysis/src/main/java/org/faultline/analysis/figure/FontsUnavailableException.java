package org.faultline.analysis.figure;

import java.io.IOException;

/**
 * Thrown when a figure cannot be rendered because the JVM cannot load a font, as happens on a
 * machine without the fontconfig library or without any installed font.
 */
public final class FontsUnavailableException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the error the font system raised. */
  FontsUnavailableException(Throwable cause) {
    super(
        "cannot render figures: the JVM could not load a font ("
            + rootCause(cause)
            + ");"
            + " install the fontconfig library and at least one font, such as the Debian packages"
            + " libfontconfig1 and fonts-dejavu-core",
        cause);
  }

  /** Returns the innermost cause, which names the problem. OpenJDK 17 wraps it in two errors. */
  private static Throwable rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
