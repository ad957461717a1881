package org.faultline.analysis.structure;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The values the logs give for one service, in raw units, from which {@link LoggedFeatures} derives
 * its node features.
 *
 * @param service service id
 * @param peakStress the largest {@code stress_level} logged for the service
 * @param overloadedTicks ticks the service spent overloaded or failed, from 0 to the horizon
 * @param minResource the smallest {@code resource_level} logged for the service
 * @param failed whether the service failed at any time during the run
 * @param firstOverloadTick the tick at which the service was first overloaded or failed, from 0 to
 *     the horizon, or empty if it never was
 */
public record ServiceObservation(
    String service,
    double peakStress,
    long overloadedTicks,
    double minResource,
    boolean failed,
    OptionalLong firstOverloadTick) {

  /** Rejects nulls. Ranges are checked against the horizon by {@link LoggedFeatures#of}. */
  public ServiceObservation {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(firstOverloadTick, "firstOverloadTick");
  }
}
