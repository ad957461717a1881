package org.faultline.scenario.yaml;

import org.faultline.scenario.problem.Position;
import org.faultline.scenario.problem.Problem;

/**
 * A node of a positioned YAML document: a mapping, a sequence or a scalar. Nodes are immutable.
 *
 * <p>Every node records where it starts in its source and its field path from the document root.
 */
public sealed interface YamlNode permits MappingNode, SequenceNode, ScalarNode {

  /**
   * Returns where the node starts: its first key for a block mapping, its {@code -} for a block
   * sequence.
   */
  Position position();

  /** Returns the field path of the node from the document root. */
  YamlPath path();

  /**
   * Returns what kind of node this is as a message names it, such as "a mapping" or "an integer".
   */
  String description();

  /** Creates a problem at this node, carrying its value when it is a scalar. */
  default Problem problem(String message) {
    String value = this instanceof ScalarNode scalar ? scalar.text() : null;
    return Problem.at(position(), path().toString(), value, message);
  }
}
