package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.faultline.analysis.attention.DirectedEdge;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GatGraph;
import org.faultline.analysis.attention.GatScores;

/**
 * The structural lens over one run: the graph, what happened, and the ensemble, fixed, so that
 * {@link #evaluate} can be applied to the real features and to every shuffled copy of them.
 *
 * <p>Instances are immutable after construction and thread-safe.
 */
final class Lens {

  /** A dominant path as indexes: start and end service, and the edges in path order. */
  record FoundPath(
      int start, int end, boolean toSalient, boolean toDegraded, List<Integer> edges) {}

  /**
   * The ensemble's salience, attention and dominant paths for one assignment of features to
   * services, with the three agreement measures, each null where undefined.
   */
  record Evaluation(
      double[] salienceMean,
      double[] salienceStd,
      double[] edgeAttention,
      int[] salienceOrder,
      List<FoundPath> paths,
      int pathEdgeCount,
      int carriedPathEdgeCount,
      Double rankCorrelation,
      Double topKOverlap,
      Double pathAgreement) {}

  private final StructureSettings settings;
  private final GatGraph graph;
  private final int[] edgeSources;
  private final int[] edgeTargets;
  private final boolean[] carried;
  private final int[] dependencyCounts;
  private final boolean[] degraded;
  private final int degradedCount;
  private final double[] impact;
  private final int[] starts;

  Lens(StructureInput input, StructureSettings settings) {
    this.settings = settings;
    this.graph = GatGraph.of(input.services(), input.dependencies());
    Map<String, Integer> indexById = new HashMap<>();
    for (int node = 0; node < input.services().size(); node++) {
      indexById.put(input.services().get(node), node);
    }

    int edgeCount = input.dependencies().size();
    edgeSources = new int[edgeCount];
    edgeTargets = new int[edgeCount];
    carried = new boolean[edgeCount];
    Set<DirectedEdge> propagated = new LinkedHashSet<>(input.propagatedEdges());
    for (int edge = 0; edge < edgeCount; edge++) {
      DirectedEdge dependency = input.dependencies().get(edge);
      edgeSources[edge] = indexById.get(dependency.source());
      edgeTargets[edge] = indexById.get(dependency.target());
      carried[edge] = propagated.contains(dependency);
    }

    int nodeCount = input.services().size();
    dependencyCounts = new int[nodeCount];
    for (int target : edgeTargets) {
      dependencyCounts[target]++;
    }
    degraded = new boolean[nodeCount];
    impact = new double[nodeCount];
    int count = 0;
    for (int node = 0; node < nodeCount; node++) {
      ServiceOutcome outcome = input.outcomes().get(node);
      degraded[node] = outcome.isDegraded();
      impact[node] = outcome.impact();
      count += degraded[node] ? 1 : 0;
    }
    degradedCount = count;
    Set<String> targets = Set.copyOf(input.stressorTargets());
    starts =
        IntStream.range(0, nodeCount)
            .filter(node -> targets.contains(input.services().get(node)))
            .toArray();
  }

  /** Returns the number of most salient services compared: degraded services, at least 1. */
  int k() {
    return Math.max(1, degradedCount);
  }

  int degradedCount() {
    return degradedCount;
  }

  int startCount() {
    return starts.length;
  }

  int edgeSource(int edge) {
    return edgeSources[edge];
  }

  int edgeTarget(int edge) {
    return edgeTargets[edge];
  }

  boolean carried(int edge) {
    return carried[edge];
  }

  boolean degraded(int node) {
    return degraded[node];
  }

  double impact(int node) {
    return impact[node];
  }

  boolean isStart(int node) {
    for (int start : starts) {
      if (start == node) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code 1 / (k + 1)} for the target of {@code edge} with {@code k} dependencies. */
  double uniformShare(int edge) {
    return 1.0 / (dependencyCounts[edgeTargets[edge]] + 1);
  }

  /**
   * Runs the ensemble on standardized features {@code z}, one row per service, and evaluates
   * salience, attention, dominant paths and the agreement measures.
   */
  Evaluation evaluate(double[][] z) {
    GatScores scores =
        GatEnsemble.run(
            graph,
            z,
            settings.firstSeed(),
            settings.seedCount(),
            settings.heads(),
            settings.hidden());
    double[] salienceMean = scores.scores();
    double[] edgeAttention = edgeAttention(scores);
    int[] order = RankAgreement.descendingOrder(salienceMean);
    boolean[] salient = new boolean[salienceMean.length];
    for (int position = 0; position < k(); position++) {
      salient[order[position]] = true;
    }

    List<FoundPath> paths = dominantPaths(edgeAttention, salient);
    Set<Integer> pathEdges = new LinkedHashSet<>();
    paths.forEach(path -> pathEdges.addAll(path.edges()));
    int carriedCount = (int) pathEdges.stream().filter(edge -> carried[edge]).count();

    Double rankCorrelation = RankAgreement.spearman(salienceMean, impact);
    Double topKOverlap = degradedCount == 0 ? null : RankAgreement.topOverlap(order, degraded, k());
    Double pathAgreement =
        degradedCount == 0 || pathEdges.isEmpty() ? null : (double) carriedCount / pathEdges.size();
    return new Evaluation(
        salienceMean,
        scores.scoreStds(),
        edgeAttention,
        order,
        paths,
        pathEdges.size(),
        carriedCount,
        rankCorrelation,
        topKOverlap,
        pathAgreement);
  }

  /** Averages the ensemble-mean attention of layer 1 over its heads, per dependency edge. */
  private double[] edgeAttention(GatScores scores) {
    int heads = scores.heads(1);
    double[] attention = new double[edgeSources.length];
    for (int edge = 0; edge < attention.length; edge++) {
      double sum = 0.0;
      for (int head = 0; head < heads; head++) {
        sum += scores.attention(1, head, edge);
      }
      attention[edge] = sum / heads;
    }
    return attention;
  }

  /** Finds the best path from every start to every salient or degraded service other than it. */
  private List<FoundPath> dominantPaths(double[] edgeAttention, boolean[] salient) {
    MaxProductPaths finder =
        new MaxProductPaths(degraded.length, edgeSources, edgeTargets, edgeAttention);
    List<FoundPath> paths = new ArrayList<>();
    for (int start : starts) {
      int[] lastEdges = finder.lastEdges(start);
      for (int end = 0; end < degraded.length; end++) {
        if (end != start && (salient[end] || degraded[end])) {
          paths.add(
              new FoundPath(
                  start, end, salient[end], degraded[end], finder.edgesTo(lastEdges, end)));
        }
      }
    }
    return paths;
  }
}
