package org.faultline.analysis.figure;

import java.awt.Color;
import java.util.Locale;

/** Colours and line widths shared by the drawn dependency graph and its Mermaid flowchart. */
final class GraphStyle {

  static final Color TEXT = new Color(0x1A202C);
  static final Color EDGE = new Color(0x718096);

  /** Orange, apart from the node fills, for edges that carried degradation. */
  static final Color DEGRADATION_EDGE = new Color(0xE8590C);

  /** Purple, apart from every fill and edge colour, for services a stressor hit. */
  static final Color HIT_OUTLINE = new Color(0x5B2A86);

  static final float EDGE_WIDTH = 1.3f;
  static final float DEGRADATION_EDGE_WIDTH = 3.2f;
  static final float HIT_OUTLINE_WIDTH = 3f;
  static final float[] HIT_OUTLINE_DASH = {6f, 3f};

  private GraphStyle() {}

  static Color fill(NodeState state) {
    return switch (state) {
      case NORMAL -> new Color(0xE8EEF4);
      case OVERLOADED -> new Color(0xF6C85F);
      case FAILED -> new Color(0xD1495B);
    };
  }

  static Color outline(NodeState state) {
    return switch (state) {
      case NORMAL -> new Color(0x4A5568);
      case OVERLOADED -> new Color(0x8A6100);
      case FAILED -> new Color(0x7A1020);
    };
  }

  /** Returns the legend and Mermaid class name of a state, such as "overloaded". */
  static String name(NodeState state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  /** Returns a colour as CSS hex, such as "#e8590c". */
  static String hex(Color color) {
    return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xFFFFFF);
  }
}
