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
 * <p>Dependency cycles, such as power and telecom depending on each other, are condensed first: the
 * strongly connected components (Kosaraju's algorithm, as JGraphT implements it) become single
 * vertices of an acyclic graph, and all services of a component share its layer. A component's
 * depth is the number of edges on the longest path from it to a component that nothing depends on,
 * and its layer is the maximum depth minus its own. So every service that nothing depends on sits
 * in the last layer, every edge between components points to a later layer, and edges inside a
 * component stay within one layer. Cost: O(n + m) for n services and m edges.
 *
 * <p>An edge that spans more than one layer gets a waypoint in every layer it passes, as layered
 * graph drawing usually does, so that it can be routed through a slot of its own in those layers
 * instead of across their services. A layer is a column of slots: services, numbered {@code 0} to
 * {@code nodeCount - 1} as in the input, and waypoints, numbered from {@code nodeCount}: one per
 * edge and skipped layer, so at most m · (n − 2).
 *
 * <p>Within each column the order starts as the slot order and then takes {@value #SWEEPS} rounds
 * of a forward and a backward pass of the barycentre heuristic, which reduces edge crossings: a
 * slot moves towards the mean relative position of its neighbours in earlier layers, then in later
 * ones, with ties kept in the current order. Cost: O(s log s + w) per pass for s slots and w edge
 * segments between waypoints.
 *
 * <p>Instances are immutable.
 */
final class GraphLayout {

  /** Rounds of a forward and a backward barycentre pass. */
  static final int SWEEPS = 2;

  private final int nodeCount;
  private final int[] layerOf;
  private final int[] positionOf;
  private final int[][] waypoints;
  private final List<List<Integer>> columns;

  private GraphLayout(
      int nodeCount, int[] layerOf, int[][] waypoints, List<List<Integer>> columns) {
    this.nodeCount = nodeCount;
    this.layerOf = layerOf;
    this.waypoints = waypoints;
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
    int[] nodeLayers = layers(componentOf, sources, targets);

    Segments segments = Segments.of(nodeLayers, sources, targets);
    List<List<Integer>> columns = columns(segments.layerOf());
    for (int round = 0; round < SWEEPS; round++) {
      orderByBarycentre(columns, segments, /* forward= */ true);
      orderByBarycentre(columns, segments, /* forward= */ false);
    }
    return new GraphLayout(nodeCount, segments.layerOf(), segments.waypoints(), columns);
  }

  int layerCount() {
    return columns.size();
  }

  /** Returns the number of services. Slots from this number on are waypoints. */
  int nodeCount() {
    return nodeCount;
  }

  int layerOf(int slot) {
    return layerOf[slot];
  }

  int positionOf(int slot) {
    return positionOf[slot];
  }

  /** Returns the slots of a layer, services and waypoints, in drawing order. */
  List<Integer> column(int layer) {
    return columns.get(layer);
  }

  /** Returns the waypoint slots of an edge from its dependency's side, empty for a short edge. */
  int[] waypoints(int edge) {
    return waypoints[edge].clone();
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

    List<Set<Integer>> sets =
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
    int[] componentOf = new int[nodeCount];
    for (int c = 0; c < sets.size(); c++) {
      for (int v : sets.get(c)) {
        componentOf[v] = c;
      }
    }
    return componentOf;
  }

  /**
   * Returns each node's layer: maximum depth minus its component's depth, with depths computed from
   * the components nothing depends on backwards (Kahn's algorithm on the reversed condensation).
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
    for (int slot = 0; slot < layerOf.length; slot++) {
      columns.get(layerOf[slot]).add(slot);
    }
    return columns;
  }

  /**
   * Reorders each layer by the barycentre of its slots' neighbours in earlier layers (forward) or
   * in later layers (backward). A slot without such neighbours keeps its relative position.
   */
  private static void orderByBarycentre(
      List<List<Integer>> columns, Segments segments, boolean forward) {
    int[] layerOf = segments.layerOf();
    int slotCount = layerOf.length;
    List<List<Integer>> neighbours = new ArrayList<>();
    for (int slot = 0; slot < slotCount; slot++) {
      neighbours.add(new ArrayList<>());
    }
    for (int[] segment : segments.pairs()) {
      int slot = forward ? segment[1] : segment[0];
      int neighbour = forward ? segment[0] : segment[1];
      if (layerOf[neighbour] != layerOf[slot]) {
        neighbours.get(slot).add(neighbour);
      }
    }

    double[] relative = new double[slotCount];
    int[] position = new int[slotCount];
    for (List<Integer> column : columns) {
      setPositions(column, relative, position);
    }

    double[] key = new double[slotCount];
    int layerCount = columns.size();
    for (int step = 1; step < layerCount; step++) {
      List<Integer> column = columns.get(forward ? step : layerCount - 1 - step);
      for (int slot : column) {
        key[slot] = barycentre(neighbours.get(slot), relative, relative[slot]);
      }
      column.sort(
          Comparator.<Integer>comparingDouble(slot -> key[slot])
              .thenComparingInt(slot -> position[slot]));
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
      int slot = column.get(p);
      position[slot] = p;
      relative[slot] = (p + 0.5) / column.size();
    }
  }

  /**
   * The edges split at their waypoints.
   *
   * @param layerOf layer of every slot, services first, then waypoints
   * @param waypoints waypoint slots of every edge, in the edge's direction
   * @param pairs every segment as {dependency-side slot, dependent-side slot}
   */
  private record Segments(int[] layerOf, int[][] waypoints, List<int[]> pairs) {

    static Segments of(int[] nodeLayers, int[] sources, int[] targets) {
      List<Integer> layers = new ArrayList<>();
      for (int layer : nodeLayers) {
        layers.add(layer);
      }
      int[][] waypoints = new int[sources.length][];
      List<int[]> pairs = new ArrayList<>();
      for (int e = 0; e < sources.length; e++) {
        int from = nodeLayers[sources[e]];
        int to = nodeLayers[targets[e]];
        waypoints[e] = new int[Math.max(0, to - from - 1)];
        int previous = sources[e];
        for (int w = 0; w < waypoints[e].length; w++) {
          waypoints[e][w] = layers.size();
          layers.add(from + 1 + w);
          pairs.add(new int[] {previous, waypoints[e][w]});
          previous = waypoints[e][w];
        }
        pairs.add(new int[] {previous, targets[e]});
      }
      return new Segments(layers.stream().mapToInt(Integer::intValue).toArray(), waypoints, pairs);
    }
  }
}
