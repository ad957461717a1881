package org.faultline.analysis.figure;

import java.util.Objects;

/**
 * A service on the dependency graph.
 *
 * @param id service id, drawn as the node's label
 * @param state the state that colours the node
 * @param hitByStressor whether a stressor acted on the service directly; drawn as a distinct
 *     outline
 */
public record GraphNode(String id, NodeState state, boolean hitByStressor) {

  /** Rejects a null id or state. */
  public GraphNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
  }
}
