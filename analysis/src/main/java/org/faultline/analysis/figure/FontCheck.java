package org.faultline.analysis.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A check, run before rendering, that the JVM can load and measure a font. */
@FunctionalInterface
interface FontCheck {

  /**
   * Measures a string in the logical sans-serif font. Without fontconfig or without any font,
   * OpenJDK 17 on Linux raises an {@link InternalError} here (seen with an empty font directory and
   * with an unloadable libfontconfig); other versions raise other errors.
   */
  FontCheck SYSTEM =
      () -> {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
          g.getFontMetrics().stringWidth("Ag");
        } finally {
          g.dispose();
        }
      };

  /** Raises whatever error the font system raises when no font can be loaded. */
  void run();
}
