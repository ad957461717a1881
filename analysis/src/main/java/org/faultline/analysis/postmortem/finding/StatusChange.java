package org.faultline.analysis.postmortem.finding;

import java.util.Objects;
import java.util.Optional;

/**
 * A change of a service's status between two consecutive rows of {@code metrics.csv}. Instances are
 * immutable and thread-safe.
 *
 * @param time logical time in ticks of the row with the new status
 * @param eventId id of the event after which the row was taken, or -1 when the file has no {@code
 *     event_id} column
 * @param from the status in the previous row of the service; empty when the new status is in the
 *     service's first row
 * @param to the new status
 */
public record StatusChange(long time, long eventId, Optional<String> from, String to) {

  /** Status of a service that has failed. */
  public static final String FAILED = "failed";

  /** Status of a service that is degraded but not failed. */
  public static final String DEGRADED = "degraded";

  /** Checks for nulls. */
  public StatusChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** Returns whether the service failed at this change: the new status is {@code failed}. */
  public boolean isFailure() {
    return FAILED.equals(to);
  }

  /** Returns whether the service recovered at this change: it leaves {@code failed}. */
  public boolean isRecovery() {
    return from.filter(FAILED::equals).isPresent() && !FAILED.equals(to);
  }
}
