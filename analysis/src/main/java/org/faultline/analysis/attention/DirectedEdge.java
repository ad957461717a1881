package org.faultline.analysis.attention;

import java.util.Objects;

/**
 * An edge from a dependency to the service that depends on it.
 *
 * @param source id of the dependency
 * @param target id of the service that depends on {@code source}
 */
public record DirectedEdge(String source, String target) {

  /** Rejects null ids. */
  public DirectedEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
