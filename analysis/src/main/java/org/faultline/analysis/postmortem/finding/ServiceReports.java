package org.faultline.analysis.postmortem.finding;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code events.jsonl} shows about one service: the degradation and restoration events it
 * produced, and how far degradation had travelled through dependency edges to reach it. Instances
 * are immutable and thread-safe.
 *
 * @param serviceId service id
 * @param firstOverload the first {@code SERVICE_OVERLOAD} from the service, or empty
 * @param overloads number of {@code SERVICE_OVERLOAD} events from the service
 * @param firstDegraded the first {@code SERVICE_DEGRADED} from the service, or empty
 * @param firstFailed the first {@code SERVICE_FAILED} from the service, or empty
 * @param firstRestored the first {@code SERVICE_RESTORED} from the service, or empty
 * @param degradationHops the most dependency edges on a degradation path ending at one of the
 *     service's degradation events; 0 when no edge carried degradation to it
 */
public record ServiceReports(
    String serviceId,
    Optional<EventRef> firstOverload,
    long overloads,
    Optional<EventRef> firstDegraded,
    Optional<EventRef> firstFailed,
    Optional<EventRef> firstRestored,
    int degradationHops) {

  /** Checks for nulls. */
  public ServiceReports {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(firstOverload, "firstOverload");
    Objects.requireNonNull(firstDegraded, "firstDegraded");
    Objects.requireNonNull(firstFailed, "firstFailed");
    Objects.requireNonNull(firstRestored, "firstRestored");
  }

  /** Returns whether the service produced any degradation event. */
  public boolean hasDegradationEvents() {
    return overloads > 0 || firstDegraded.isPresent() || firstFailed.isPresent();
  }
}
