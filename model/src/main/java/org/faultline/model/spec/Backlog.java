package org.faultline.model.spec;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A service's parameters when backlog, failure and repair are on.
 *
 * @param stressRise stress added per tick in which the service is overloaded; at least 0
 * @param stressDecay stress removed per tick in which it is not, down to 0; at least 0
 * @param failureThreshold the stress at or above which the service fails; empty when it never fails
 *     from stress
 * @param repairDelay ticks from a failure until the service is restored; at least 1
 */
public record Backlog(
    double stressRise, double stressDecay, OptionalDouble failureThreshold, long repairDelay) {

  /** The default stress added per overloaded tick. */
  public static final double DEFAULT_STRESS_RISE = 0.1;

  /** The default stress removed per tick without overload. */
  public static final double DEFAULT_STRESS_DECAY = 0.05;

  /** The default repair delay in ticks. */
  public static final long DEFAULT_REPAIR_DELAY = 10;

  public Backlog {
    Objects.requireNonNull(failureThreshold, "failureThreshold");
  }

  /** Returns the defaults: rise 0.1, decay 0.05, no failure from stress, repair after 10 ticks. */
  public static Backlog defaults() {
    return new Backlog(
        DEFAULT_STRESS_RISE, DEFAULT_STRESS_DECAY, OptionalDouble.empty(), DEFAULT_REPAIR_DELAY);
  }
}
