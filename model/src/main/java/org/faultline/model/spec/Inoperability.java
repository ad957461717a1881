package org.faultline.model.spec;

/**
 * A service's parameters in the dynamic inoperability input-output model, used when dependency
 * coupling is on.
 *
 * @param recoveryRate k, the fraction of the gap to the equilibrium closed per tick; greater than 0
 *     and at most 1
 * @param selfCoupling a*[i][i], the service's dependence on its own output; at least 0 and below 1
 * @param degradedAt the inoperability at or above which the service is degraded; greater than 0 and
 *     at most {@code failedAt}
 * @param failedAt the inoperability at or above which the service has failed; at most 1
 */
public record Inoperability(
    double recoveryRate, double selfCoupling, double degradedAt, double failedAt) {

  /** The default recovery rate per tick. */
  public static final double DEFAULT_RECOVERY_RATE = 0.5;

  /** The default inoperability at which a service becomes degraded. */
  public static final double DEFAULT_DEGRADED_AT = 0.3;

  /** The default inoperability at which a service fails. */
  public static final double DEFAULT_FAILED_AT = 0.7;

  /** Returns the defaults: recovery rate 0.5, no self-coupling, degraded at 0.3, failed at 0.7. */
  public static Inoperability defaults() {
    return new Inoperability(DEFAULT_RECOVERY_RATE, 0.0, DEFAULT_DEGRADED_AT, DEFAULT_FAILED_AT);
  }
}
