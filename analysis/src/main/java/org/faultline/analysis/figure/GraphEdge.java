package org.faultline.analysis.figure;

import java.util.Objects;

/**
 * An edge from a dependency to the service that depends on it.
 *
 * @param dependency id of the service depended on
 * @param dependent id of the service that depends on {@code dependency}
 * @param carriedDegradation whether degradation propagated along this edge in the run; drawn
 *     thicker and in a warning colour
 */
public record GraphEdge(String dependency, String dependent, boolean carriedDegradation) {

  /** Rejects null ids. */
  public GraphEdge {
    Objects.requireNonNull(dependency, "dependency");
    Objects.requireNonNull(dependent, "dependent");
  }
}
