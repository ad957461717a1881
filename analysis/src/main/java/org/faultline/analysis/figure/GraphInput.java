package org.faultline.analysis.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A validated dependency graph with its edges as node indexes, in the order of the input lists.
 *
 * @param nodes the nodes in input order
 * @param edges the edges in input order
 * @param sources index into {@code nodes} of each edge's dependency
 * @param targets index into {@code nodes} of each edge's dependent
 */
record GraphInput(List<GraphNode> nodes, List<GraphEdge> edges, int[] sources, int[] targets) {

  /**
   * Validates the graph, reporting every repeated id and every edge end that names no node in one
   * exception.
   */
  static GraphInput of(List<GraphNode> nodes, List<GraphEdge> edges) {
    List<GraphNode> nodeList = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
    List<GraphEdge> edgeList = List.copyOf(Objects.requireNonNull(edges, "edges"));
    List<String> problems = new ArrayList<>();

    Map<String, Integer> indexById = new HashMap<>();
    for (int i = 0; i < nodeList.size(); i++) {
      String id = nodeList.get(i).id();
      Integer earlier = indexById.putIfAbsent(id, i);
      if (earlier != null) {
        problems.add(
            String.format(
                Locale.ROOT,
                "node %d: id \"%s\" repeats the id of node %d; expected distinct ids",
                i,
                id,
                earlier));
      }
    }

    int[] sources = new int[edgeList.size()];
    int[] targets = new int[edgeList.size()];
    for (int e = 0; e < edgeList.size(); e++) {
      GraphEdge edge = edgeList.get(e);
      sources[e] = lookUp(indexById, edge.dependency(), e, "dependency", problems);
      targets[e] = lookUp(indexById, edge.dependent(), e, "dependent", problems);
    }

    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid dependency graph:\n  " + String.join("\n  ", problems));
    }
    return new GraphInput(nodeList, edgeList, sources, targets);
  }

  int nodeCount() {
    return nodes.size();
  }

  int edgeCount() {
    return edges.size();
  }

  private static int lookUp(
      Map<String, Integer> indexById, String id, int edge, String end, List<String> problems) {
    Integer index = indexById.get(id);
    if (index == null) {
      problems.add(
          String.format(
              Locale.ROOT,
              "edge %d: %s \"%s\" is not a node; add a node with this id or remove the edge",
              edge,
              end,
              id));
      return -1;
    }
    return index;
  }
}
