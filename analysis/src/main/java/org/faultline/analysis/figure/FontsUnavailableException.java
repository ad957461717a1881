package org.faultline.analysis.figure;

import java.io.IOException;

/**
 * Thrown when a figure cannot be rendered because the JVM cannot load a font, as happens on a
 * machine without fontconfig or without any installed font.
 */
public final class FontsUnavailableException extends IOException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the error the font system raised. */
  FontsUnavailableException(Throwable cause) {
    super("cannot render figures: the JVM could not load a font (" + cause + "); install"
        + " fontconfig and at least one font, such as the Debian packages libfontconfig1 and"
        + " fonts-dejavu-core", cause);
  }
}
