package org.faultline.analysis.attention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A directed graph prepared for graph attention: input edges without self-loops, followed by
 * exactly one self-loop per node.
 *
 * <p>An edge runs from a dependency to the service that depends on it, and a node aggregates over
 * the edges whose target it is. The edge order is fixed: first the input edges that are not
 * self-loops, in input order, then one self-loop per node, in node order. An input edge from a node
 * to itself is dropped, because the added self-loop stands for it; {@link #removedSelfLoopCount()}
 * counts them. Parallel edges are kept as separate edges, so each one takes its own share of the
 * softmax. Both rules are what PyTorch Geometric's {@code GATConv} does with {@code
 * add_self_loops=True}: {@code remove_self_loops} and then {@code add_self_loops}, which appends
 * the loops in node order.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GatGraph {

  private final List<String> nodeIds;
  private final int[] sources;
  private final int[] targets;
  private final int inputEdgeCount;
  private final int removedSelfLoopCount;

  private GatGraph(List<String> nodeIds, int[] sources, int[] targets, int removedSelfLoopCount) {
    this.nodeIds = nodeIds;
    this.sources = sources;
    this.targets = targets;
    this.inputEdgeCount = sources.length - nodeIds.size();
    this.removedSelfLoopCount = removedSelfLoopCount;
  }

  /**
   * Builds the graph from node ids and edges given as pairs of node ids.
   *
   * @param nodeIds distinct, non-null node ids; their order is the node order of every result
   * @param edges edges from a dependency to its dependent, both ids among {@code nodeIds}
   * @return the graph with input self-loops removed and one self-loop per node appended
   * @throws IllegalArgumentException if {@code nodeIds} is empty or has duplicates, or an edge
   *     names an unknown node
   */
  public static GatGraph of(List<String> nodeIds, List<DirectedEdge> edges) {
    Objects.requireNonNull(nodeIds, "nodeIds");
    Objects.requireNonNull(edges, "edges");
    Map<String, Integer> indexById = indexNodes(nodeIds);

    int[] sourceIndexes = new int[edges.size()];
    int[] targetIndexes = new int[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      DirectedEdge edge = Objects.requireNonNull(edges.get(e), "edge");
      sourceIndexes[e] = lookUp(indexById, edge.source(), e);
      targetIndexes[e] = lookUp(indexById, edge.target(), e);
    }
    return ofIndexes(nodeIds, sourceIndexes, targetIndexes);
  }

  /**
   * Builds the graph from node ids and edges given as parallel arrays of node indexes.
   *
   * @param nodeIds distinct, non-null node ids; their order is the node order of every result
   * @param sourceIndexes index into {@code nodeIds} of each edge's source (the dependency)
   * @param targetIndexes index into {@code nodeIds} of each edge's target (the dependent)
   * @return the graph with input self-loops removed and one self-loop per node appended
   * @throws IllegalArgumentException if {@code nodeIds} is empty or has duplicates, the arrays
   *     differ in length, or an index is out of range
   */
  public static GatGraph ofIndexes(List<String> nodeIds, int[] sourceIndexes, int[] targetIndexes) {
    Objects.requireNonNull(nodeIds, "nodeIds");
    Objects.requireNonNull(sourceIndexes, "sourceIndexes");
    Objects.requireNonNull(targetIndexes, "targetIndexes");
    indexNodes(nodeIds);
    if (sourceIndexes.length != targetIndexes.length) {
      throw new IllegalArgumentException(
          "sourceIndexes has "
              + sourceIndexes.length
              + " entries but targetIndexes has "
              + targetIndexes.length
              + "; both must list one entry per edge");
    }
    int nodeCount = nodeIds.size();

    int keptEdgeCount = 0;
    for (int e = 0; e < sourceIndexes.length; e++) {
      checkIndex(sourceIndexes[e], nodeCount, "sourceIndexes", e);
      checkIndex(targetIndexes[e], nodeCount, "targetIndexes", e);
      if (sourceIndexes[e] != targetIndexes[e]) {
        keptEdgeCount++;
      }
    }

    int[] sources = new int[keptEdgeCount + nodeCount];
    int[] targets = new int[keptEdgeCount + nodeCount];
    int next = 0;
    for (int e = 0; e < sourceIndexes.length; e++) {
      if (sourceIndexes[e] != targetIndexes[e]) {
        sources[next] = sourceIndexes[e];
        targets[next] = targetIndexes[e];
        next++;
      }
    }
    for (int node = 0; node < nodeCount; node++) {
      sources[next] = node;
      targets[next] = node;
      next++;
    }
    int removedCount = sourceIndexes.length - keptEdgeCount;
    return new GatGraph(List.copyOf(nodeIds), sources, targets, removedCount);
  }

  /** Returns the number of nodes, at least 1. */
  public int nodeCount() {
    return nodeIds.size();
  }

  /** Returns the node ids in node order, as an unmodifiable list. */
  public List<String> nodeIds() {
    return nodeIds;
  }

  /** Returns the id of the node at {@code node} in node order. */
  public String nodeId(int node) {
    return nodeIds.get(node);
  }

  /** Returns the number of edges, input edges without self-loops plus one self-loop per node. */
  public int edgeCount() {
    return sources.length;
  }

  /** Returns the number of input edges that were kept, which come first in edge order. */
  public int inputEdgeCount() {
    return inputEdgeCount;
  }

  /** Returns the number of input edges from a node to itself, which were dropped. */
  public int removedSelfLoopCount() {
    return removedSelfLoopCount;
  }

  /** Returns the index of the source node (the dependency) of edge {@code edge}. */
  public int source(int edge) {
    return sources[edge];
  }

  /** Returns the index of the target node (the dependent) of edge {@code edge}. */
  public int target(int edge) {
    return targets[edge];
  }

  /** Returns whether edge {@code edge} is one of the added self-loops. */
  public boolean isSelfLoop(int edge) {
    return edge >= inputEdgeCount;
  }

  /** Returns the edges in edge order as pairs of node ids, self-loops included. */
  public List<DirectedEdge> edges() {
    List<DirectedEdge> edges = new ArrayList<>(sources.length);
    for (int e = 0; e < sources.length; e++) {
      edges.add(new DirectedEdge(nodeIds.get(sources[e]), nodeIds.get(targets[e])));
    }
    return edges;
  }

  private static Map<String, Integer> indexNodes(List<String> nodeIds) {
    if (nodeIds.isEmpty()) {
      throw new IllegalArgumentException("nodeIds is empty; a graph needs at least one node");
    }
    Map<String, Integer> indexById = new HashMap<>();
    for (int node = 0; node < nodeIds.size(); node++) {
      String id = Objects.requireNonNull(nodeIds.get(node), "node id");
      Integer previous = indexById.putIfAbsent(id, node);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate node id \"" + id + "\" at positions " + previous + " and " + node);
      }
    }
    return indexById;
  }

  private static int lookUp(Map<String, Integer> indexById, String id, int edge) {
    Integer index = indexById.get(Objects.requireNonNull(id, "edge endpoint"));
    if (index == null) {
      throw new IllegalArgumentException(
          "edge " + edge + " names node \"" + id + "\", which is not among the node ids");
    }
    return index;
  }

  private static void checkIndex(int index, int nodeCount, String array, int edge) {
    if (index < 0 || index >= nodeCount) {
      throw new IllegalArgumentException(
          array
              + "["
              + edge
              + "] is "
              + index
              + "; expected a node index in [0, "
              + nodeCount
              + ")");
    }
  }
}
