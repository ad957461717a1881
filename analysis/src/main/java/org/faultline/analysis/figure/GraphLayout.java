package org.faultline.analysis.figure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Layers and in-layer order of the dependency graph, dependencies before their dependents.
 *
 * <p>Dependency cycles, such as power and telecom depending on each other, are condensed first:
 * the strongly connected components (Kosaraju's algorithm, as JGraphT implements it) become
 * single vertices of an acyclic graph, and all services of a component share its layer. A
 * component's depth is the number of edges on the longest path from it to a component that
 * nothing depends on, and its layer is the maximum depth minus its own. So every service that
 * nothing depends on sits in the last layer, every edge between components points to a later
 * layer, and edges inside a component stay within one layer. Cost: O(n + m) for n services and m
 * edges.
 *
 * <p>Within each layer the order starts as the node order and then takes one forward and one
 * backward pass of the barycentre heuristic of layered graph drawing, which reduces edge
 * crossings: a service moves towards the mean relative position of its neighbours in earlier
 * layers, then in later ones, with ties kept in the current order. Cost: O(m + n log n) per
 * pass.
 *
 * <p>Instances are immutable.
 */
final class GraphLayout {

  private final int[] layerOf;
  private final int[] positionOf;
  private final List<List<Integer>> columns;

  private GraphLayout(int[] layerOf, List<List<Integer>> columns) {
    this.layerOf = layerOf;
    this.columns = columns.stream().map(List::copyOf).toList();
    this.positionOf = new int[layerOf.length];
    for (List<Integer> column : columns) {
      for (int p = 0; p < column.size(); p++) {
        positionOf[column.get(p)] = p;
      }
    }
  }

  /** Lays out a graph of {@code nodeCount} nodes with edges from {@code sources} to targets. */
  static GraphLayout of(int nodeCount, int[] sources, int[] targets) {
    int[] componentOf = components(nodeCount, sources, targets);
    int[] layerOf = layers(componentOf, sources, targets);
    List<List<Integer>> columns = columns(layerOf);
    orderByBarycentre(columns, layerOf, sources, targets, /* forward= */ true);
    orderByBarycentre(columns, layerOf, sources, targets, /* forward= */ false);
    return new GraphLayout(layerOf, columns);
  }

  int layerCount() {
    return columns.size();
  }

  int layerOf(int node) {
    return layerOf[node];
  }

  int positionOf(int node) {
    return positionOf[node];
  }

  /** Returns the nodes of a layer in drawing order. */
  List<Integer> column(int layer) {
    return columns.get(layer);
  }

  /** Returns each node's strongly connected component, numbered from 0. */
  private static int[] components(int nodeCount, int[] sources, int[] targets) {
    Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int v = 0; v < nodeCount; v++) {
      graph.addVertex(v);
    }
    for (int e = 0; e < sources.length; e++) {
      graph.addEdge(sources[e], targets[e]);
    }

    List<Set<Integer>> sets = new KosarajuStrongConnectivityInspector<>(graph)
        .stronglyConnectedSets();
    int[] componentOf = new int[nodeCount];
    for (int c = 0; c < sets.size(); c++) {
      for (int v : sets.get(c)) {
        componentOf[v] = c;
      }
    }
    return componentOf;
  }

  /**
   * Returns each node's layer: maximum depth minus its component's depth, with depths computed
   * from the components nothing depends on backwards (Kahn's algorithm on the reversed
   * condensation).
   */
  private static int[] layers(int[] componentOf, int[] sources, int[] targets) {
    int componentCount = 0;
    for (int c : componentOf) {
      componentCount = Math.max(componentCount, c + 1);
    }
    List<List<Integer>> dependencies = new ArrayList<>();
    for (int c = 0; c < componentCount; c++) {
      dependencies.add(new ArrayList<>());
    }
    int[] outDegree = new int[componentCount];
    for (int e = 0; e < sources.length; e++) {
      int from = componentOf[sources[e]];
      int to = componentOf[targets[e]];
      if (from != to) {
        dependencies.get(to).add(from);
        outDegree[from]++;
      }
    }

    int[] depth = new int[componentCount];
    Deque<Integer> ready = new ArrayDeque<>();
    for (int c = 0; c < componentCount; c++) {
      if (outDegree[c] == 0) {
        ready.add(c);
      }
    }
    int maxDepth = 0;
    while (!ready.isEmpty()) {
      int c = ready.poll();
      maxDepth = Math.max(maxDepth, depth[c]);
      for (int dependency : dependencies.get(c)) {
        depth[dependency] = Math.max(depth[dependency], depth[c] + 1);
        if (--outDegree[dependency] == 0) {
          ready.add(dependency);
        }
      }
    }

    int[] layerOf = new int[componentOf.length];
    for (int v = 0; v < componentOf.length; v++) {
      layerOf[v] = maxDepth - depth[componentOf[v]];
    }
    return layerOf;
  }

  private static List<List<Integer>> columns(int[] layerOf) {
    int layerCount = 0;
    for (int layer : layerOf) {
      layerCount = Math.max(layerCount, layer + 1);
    }
    List<List<Integer>> columns = new ArrayList<>();
    for (int layer = 0; layer < layerCount; layer++) {
      columns.add(new ArrayList<>());
    }
    for (int v = 0; v < layerOf.length; v++) {
      columns.get(layerOf[v]).add(v);
    }
    return columns;
  }

  /**
   * Reorders each layer by the barycentre of its nodes' neighbours in earlier layers (forward) or
   * in later layers (backward). A node without such neighbours keeps its relative position.
   */
  private static void orderByBarycentre(
      List<List<Integer>> columns, int[] layerOf, int[] sources, int[] targets, boolean forward) {
    int nodeCount = layerOf.length;
    List<List<Integer>> neighbours = new ArrayList<>();
    for (int v = 0; v < nodeCount; v++) {
      neighbours.add(new ArrayList<>());
    }
    for (int e = 0; e < sources.length; e++) {
      int node = forward ? targets[e] : sources[e];
      int neighbour = forward ? sources[e] : targets[e];
      if (layerOf[neighbour] != layerOf[node]) {
        neighbours.get(node).add(neighbour);
      }
    }

    double[] relative = new double[nodeCount];
    int[] position = new int[nodeCount];
    for (List<Integer> column : columns) {
      setPositions(column, relative, position);
    }

    double[] key = new double[nodeCount];
    int layerCount = columns.size();
    for (int step = 1; step < layerCount; step++) {
      List<Integer> column = columns.get(forward ? step : layerCount - 1 - step);
      for (int node : column) {
        key[node] = barycentre(neighbours.get(node), relative, relative[node]);
      }
      column.sort(Comparator.<Integer>comparingDouble(node -> key[node])
          .thenComparingInt(node -> position[node]));
      setPositions(column, relative, position);
    }
  }

  private static double barycentre(List<Integer> neighbours, double[] relative, double fallback) {
    if (neighbours.isEmpty()) {
      return fallback;
    }
    double sum = 0;
    for (int neighbour : neighbours) {
      sum += relative[neighbour];
    }
    return sum / neighbours.size();
  }

  private static void setPositions(List<Integer> column, double[] relative, int[] position) {
    for (int p = 0; p < column.size(); p++) {
      int node = column.get(p);
      position[node] = p;
      relative[node] = (p + 0.5) / column.size();
    }
  }
}
