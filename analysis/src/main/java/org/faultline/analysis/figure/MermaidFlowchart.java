package org.faultline.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes the dependency graph as a Mermaid flowchart, left to right like the drawn graph.
 *
 * <p>Node keys are {@code n0}, {@code n1}… in node order, so no id ever reaches Mermaid's syntax
 * outside a quoted label. Inside a label, the characters that Mermaid or the HTML it renders to
 * would interpret are written as Mermaid entity codes: {@code "} as {@code #quot;}, {@code #} as
 * {@code #35;}, {@code &}, {@code <} and {@code >} as {@code #amp;}, {@code #lt;} and {@code #gt;},
 * the backtick (which opens Markdown text) as {@code #96;}, and control characters as their decimal
 * code. Edges that carried degradation are thick ({@code ==>}) and coloured with {@code linkStyle};
 * states and the stressor outline are {@code classDef} classes.
 */
final class MermaidFlowchart {

  private static final String HIT_CLASS = "hit";

  private MermaidFlowchart() {}

  static String of(GraphInput graph) {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    appendNodes(out, graph);
    appendEdges(out, graph);
    appendClassDefinitions(out);
    appendClassAssignments(out, graph);
    appendDegradationStyle(out, graph);
    return out.toString();
  }

  /** Returns a label with Mermaid's special characters written as entity codes. */
  static String escapeLabel(String label) {
    StringBuilder out = new StringBuilder(label.length());
    label
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '&' -> out.append("#amp;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '`' -> out.append("#96;");
                default -> {
                  if (Character.isISOControl(c)) {
                    out.append('#').append(c).append(';');
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static void appendNodes(StringBuilder out, GraphInput graph) {
    for (int i = 0; i < graph.nodeCount(); i++) {
      out.append("  ")
          .append(key(i))
          .append("[\"")
          .append(escapeLabel(graph.nodes().get(i).id()))
          .append("\"]\n");
    }
  }

  private static void appendEdges(StringBuilder out, GraphInput graph) {
    for (int e = 0; e < graph.edgeCount(); e++) {
      String arrow = graph.edges().get(e).carriedDegradation() ? " ==> " : " --> ";
      out.append("  ")
          .append(key(graph.sources()[e]))
          .append(arrow)
          .append(key(graph.targets()[e]))
          .append('\n');
    }
  }

  private static void appendClassDefinitions(StringBuilder out) {
    for (NodeState state : NodeState.values()) {
      out.append("  classDef ")
          .append(GraphStyle.name(state))
          .append(" fill:")
          .append(GraphStyle.hex(GraphStyle.fill(state)))
          .append(",stroke:")
          .append(GraphStyle.hex(GraphStyle.outline(state)))
          .append(",color:")
          .append(GraphStyle.hex(GraphStyle.TEXT))
          .append('\n');
    }
    out.append("  classDef ")
        .append(HIT_CLASS)
        .append(" stroke:")
        .append(GraphStyle.hex(GraphStyle.HIT_OUTLINE))
        .append(",stroke-width:")
        .append(pixels(GraphStyle.HIT_OUTLINE_WIDTH))
        .append(",stroke-dasharray:")
        .append(dashes(GraphStyle.HIT_OUTLINE_DASH))
        .append('\n');
  }

  /** Assigns the state classes, then the stressor class, which Mermaid applies on top of them. */
  private static void appendClassAssignments(StringBuilder out, GraphInput graph) {
    for (NodeState state : NodeState.values()) {
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < graph.nodeCount(); i++) {
        if (graph.nodes().get(i).state() == state) {
          keys.add(key(i));
        }
      }
      appendClassLine(out, keys, GraphStyle.name(state));
    }

    List<String> hitKeys = new ArrayList<>();
    for (int i = 0; i < graph.nodeCount(); i++) {
      if (graph.nodes().get(i).hitByStressor()) {
        hitKeys.add(key(i));
      }
    }
    appendClassLine(out, hitKeys, HIT_CLASS);
  }

  /** Colours the thick edges; {@code linkStyle} numbers edges in the order they were declared. */
  private static void appendDegradationStyle(StringBuilder out, GraphInput graph) {
    StringJoiner indexes = new StringJoiner(",");
    for (int e = 0; e < graph.edgeCount(); e++) {
      if (graph.edges().get(e).carriedDegradation()) {
        indexes.add(Integer.toString(e));
      }
    }
    if (indexes.length() > 0) {
      out.append("  linkStyle ")
          .append(indexes)
          .append(" stroke:")
          .append(GraphStyle.hex(GraphStyle.DEGRADATION_EDGE))
          .append(",stroke-width:")
          .append(pixels(GraphStyle.DEGRADATION_EDGE_WIDTH))
          .append('\n');
    }
  }

  private static void appendClassLine(StringBuilder out, List<String> keys, String className) {
    if (!keys.isEmpty()) {
      out.append("  class ")
          .append(String.join(",", keys))
          .append(' ')
          .append(className)
          .append('\n');
    }
  }

  private static String key(int node) {
    return "n" + node;
  }

  private static String pixels(float width) {
    return Math.round(width) + "px";
  }

  private static String dashes(float[] dash) {
    StringJoiner joined = new StringJoiner(" ");
    for (float length : dash) {
      joined.add(Integer.toString(Math.round(length)));
    }
    return joined.toString();
  }
}
