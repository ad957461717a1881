package org.faultline.analysis.figure;

import java.awt.Graphics2D;
import java.util.function.UnaryOperator;

/** A figure of fixed size that paints itself onto any Java2D target, raster or SVG. */
interface Drawing {

  /** Returns the width in pixels. */
  int width();

  /** Returns the height in pixels. */
  int height();

  /**
   * Paints the figure onto a target with a white background already filled.
   *
   * @param g the target, covering {@code width() × height()} pixels from the origin
   * @param text applied to every string before it is drawn, for what the target needs
   */
  void paint(Graphics2D g, UnaryOperator<String> text);
}
