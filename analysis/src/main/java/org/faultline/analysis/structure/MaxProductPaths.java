package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Paths of maximum attention product from one service along dependency edges, found with Dijkstra's
 * algorithm (E. W. Dijkstra, "A note on two problems in connexion with graphs", 1959) on the edge
 * cost {@code −ln α}, so the cheapest path is the one whose product of {@code α} is largest. An
 * edge with {@code α = 0} is left out.
 *
 * <p>Ties between paths of exactly equal cost go to the path with fewer edges, then to the path
 * whose last edge leaves the service that comes first in declaration order. That rule is applied at
 * every service on the way, so it is deterministic and independent of any hash order.
 *
 * <p>Cost: O(N² + E) per source, with a linear scan in place of a priority queue, which suits the
 * tens of services of a scenario. The class is stateless and thread-safe.
 */
final class MaxProductPaths {

  private final int nodeCount;
  private final int[] sources;
  private final int[] targets;
  private final double[] attention;
  private final List<List<Integer>> outgoing;

  /**
   * Prepares the graph.
   *
   * @param nodeCount number of services
   * @param sources index of each edge's dependency
   * @param targets index of each edge's dependent
   * @param attention each edge's attention score in [0, 1]
   */
  MaxProductPaths(int nodeCount, int[] sources, int[] targets, double[] attention) {
    this.nodeCount = nodeCount;
    this.sources = sources;
    this.targets = targets;
    this.attention = attention;
    this.outgoing = new ArrayList<>();
    for (int node = 0; node < nodeCount; node++) {
      outgoing.add(new ArrayList<>());
    }
    for (int edge = 0; edge < sources.length; edge++) {
      outgoing.get(sources[edge]).add(edge);
    }
  }

  /**
   * Computes the tree of best paths from {@code start}.
   *
   * @return for every service the index of the last edge of its best path, or −1 for {@code start}
   *     and for services not reachable from it
   */
  int[] lastEdges(int start) {
    double[] cost = new double[nodeCount];
    int[] hops = new int[nodeCount];
    int[] lastEdge = new int[nodeCount];
    boolean[] settled = new boolean[nodeCount];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    Arrays.fill(lastEdge, -1);
    cost[start] = 0.0;

    for (int node = nextUnsettled(cost, hops, settled);
        node >= 0;
        node = nextUnsettled(cost, hops, settled)) {
      settled[node] = true;
      for (int edge : outgoing.get(node)) {
        if (attention[edge] > 0.0 && !settled[targets[edge]]) {
          relax(edge, cost, hops, lastEdge);
        }
      }
    }
    return lastEdge;
  }

  /**
   * Returns the edge indexes of the best path from the tree's start to {@code end}, in path order,
   * or an empty list if {@code end} is the start or is not reachable.
   */
  List<Integer> edgesTo(int[] lastEdges, int end) {
    List<Integer> edges = new ArrayList<>();
    for (int edge = lastEdges[end]; edge >= 0; edge = lastEdges[sources[edge]]) {
      edges.add(edge);
    }
    Collections.reverse(edges);
    return List.copyOf(edges);
  }

  private void relax(int edge, double[] cost, int[] hops, int[] lastEdge) {
    int from = sources[edge];
    int to = targets[edge];
    double candidateCost = cost[from] - Math.log(attention[edge]);
    int candidateHops = hops[from] + 1;
    boolean better =
        candidateCost < cost[to]
            || candidateCost == cost[to] && candidateHops < hops[to]
            || candidateCost == cost[to]
                && candidateHops == hops[to]
                && from < sources[lastEdge[to]];
    if (better) {
      cost[to] = candidateCost;
      hops[to] = candidateHops;
      lastEdge[to] = edge;
    }
  }

  /** Returns the unsettled reachable service with the least (cost, hops, index), or −1. */
  private static int nextUnsettled(double[] cost, int[] hops, boolean[] settled) {
    int best = -1;
    for (int node = 0; node < cost.length; node++) {
      if (settled[node] || cost[node] == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (best < 0
          || cost[node] < cost[best]
          || cost[node] == cost[best] && hops[node] < hops[best]) {
        best = node;
      }
    }
    return best;
  }
}
