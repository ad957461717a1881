package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How events caused one another, and which dependency edges carried degradation. Instances are
 * immutable and thread-safe.
 *
 * @param deepestChain the longest causal chain, the first in execution order among equals; empty
 *     when no event executed
 * @param shapes the distinct chains that end at a degradation or failure, in the order their first
 *     example ended; at most {@link #MAX_SHAPES_KEPT}
 * @param shapeCount number of distinct chain shapes, including those beyond the kept ones
 * @param endpointCount number of degradation and failure events that end a chain
 * @param edgesKnown whether {@code scenario.yaml} gave the dependency edges
 * @param edges every dependency edge in declaration order of the dependent service, then of its
 *     dependencies
 * @param longestPath the degradation path with the most hops, the first among equals; empty without
 *     degradation events
 * @param unresolvedCauses executed events whose cause id names no earlier executed event; their
 *     chains end there
 */
public record Propagation(
    Optional<CausalChain> deepestChain,
    List<ChainShape> shapes,
    int shapeCount,
    long endpointCount,
    boolean edgesKnown,
    List<DependencyEdge> edges,
    Optional<DegradationPath> longestPath,
    long unresolvedCauses) {

  /** Distinct chain shapes kept, each with its example chain. */
  public static final int MAX_SHAPES_KEPT = 50;

  /** Checks for nulls and copies the lists. */
  public Propagation {
    Objects.requireNonNull(deepestChain, "deepestChain");
    shapes = List.copyOf(shapes);
    edges = List.copyOf(edges);
    Objects.requireNonNull(longestPath, "longestPath");
  }

  /** Returns the edges that carried degradation, in the order of {@link #edges()}. */
  public List<DependencyEdge> carriedEdges() {
    return edges.stream().filter(DependencyEdge::carriedDegradation).toList();
  }

  /** Returns the hops of the longest degradation path, 0 when there is none. */
  public int longestHops() {
    return longestPath.map(DegradationPath::hops).orElse(0);
  }
}
