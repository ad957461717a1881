package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;

/**
 * A path of degradation through dependency edges: each step is a degradation event at a service
 * that depends on the service of the step before, and has that step's event among its causes.
 * Instances are immutable and thread-safe.
 *
 * @param steps the degradation events from the origin on; 1 or more
 */
public record DegradationPath(List<Step> steps) {

  /** Copies the list and checks it is not empty. */
  public DegradationPath {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a degradation path has at least one step");
    }
  }

  /** Returns the number of dependency edges on the path. */
  public int hops() {
    return steps.size() - 1;
  }

  /**
   * One degradation event on the path.
   *
   * @param service the service that produced it
   * @param event the event
   * @param type its type, such as {@code SERVICE_OVERLOAD}
   */
  public record Step(String service, EventRef event, String type) {

    /** Checks for nulls. */
    public Step {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(type, "type");
    }
  }
}
