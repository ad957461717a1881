package org.faultline.analysis.structure;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What actually happened to one service according to the event log.
 *
 * @param service service id
 * @param impact observed-impact score, finite, larger for a service hit harder; its scale is the
 *     caller's, because only its ranks are used
 * @param degradationOrder for a service that degraded (was overloaded or failed), the position at
 *     which degradation reached it, from 1 for the first. Services reached at the same time share a
 *     position. Empty for a service that never degraded.
 */
public record ServiceOutcome(String service, double impact, OptionalInt degradationOrder) {

  /** Rejects nulls, a non-finite impact and a position below 1. */
  public ServiceOutcome {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(degradationOrder, "degradationOrder");
    if (!Double.isFinite(impact)) {
      throw new IllegalArgumentException(
          "impact of service \"" + service + "\" is " + impact + "; expected a finite number");
    }
    if (degradationOrder.isPresent() && degradationOrder.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "degradationOrder of service \""
              + service
              + "\" is "
              + degradationOrder.getAsInt()
              + "; expected 1 or more");
    }
  }

  /** Returns a service that degraded at position {@code order}. */
  public static ServiceOutcome degraded(String service, double impact, int order) {
    return new ServiceOutcome(service, impact, OptionalInt.of(order));
  }

  /** Returns a service that never degraded. */
  public static ServiceOutcome unaffected(String service, double impact) {
    return new ServiceOutcome(service, impact, OptionalInt.empty());
  }

  /** Returns whether the service degraded. */
  public boolean isDegraded() {
    return degradationOrder.isPresent();
  }
}
