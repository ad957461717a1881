package org.faultline.analysis.postmortem.finding;

import java.util.Objects;
import java.util.Optional;

/**
 * A dependency edge from a service to a service that depends on it, and whether degradation
 * travelled along it. Instances are immutable and thread-safe.
 *
 * <p>The edge d → s carried degradation when a degradation event at s ({@code SERVICE_OVERLOAD},
 * {@code SERVICE_DEGRADED} or {@code SERVICE_FAILED} from s) has a degradation event at d among its
 * causes, followed back to the root.
 *
 * @param from the dependency
 * @param to the service that depends on it
 * @param carried number of degradation events at {@link #to()} with a degradation event at {@link
 *     #from()} among their causes
 * @param firstCause the degradation event at {@link #from()} of the first such pair, or empty
 * @param firstEffect the degradation event at {@link #to()} of the first such pair, or empty
 */
public record DependencyEdge(
    String from,
    String to,
    long carried,
    Optional<EventRef> firstCause,
    Optional<EventRef> firstEffect) {

  /** Checks for nulls. */
  public DependencyEdge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(firstCause, "firstCause");
    Objects.requireNonNull(firstEffect, "firstEffect");
  }

  /** Returns whether the edge carried degradation at least once. */
  public boolean carriedDegradation() {
    return carried > 0;
  }
}
