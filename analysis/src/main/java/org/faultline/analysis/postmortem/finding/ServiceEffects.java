package org.faultline.analysis.postmortem.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What {@code metrics.csv} shows about one service over the whole run. Instances are immutable and
 * thread-safe.
 *
 * <p>A service is overloaded while its load exceeds its effective capacity. The state after the
 * last event at tick t holds until the next tick with an event, and the state after the last event
 * until the end of the run, so {@link #ticksOverloaded()} counts the ticks from each overloaded
 * end-of-tick state to the next change.
 *
 * @param serviceId service id
 * @param rows number of rows of the service in the file
 * @param peakStress the highest stress level and its first time; empty without rows
 * @param loadAtPeakStress load in the row of {@link #peakStress()}, or empty
 * @param capacityAtPeakStress effective capacity in the row of {@link #peakStress()}, or empty
 * @param minResource the lowest resource level and its first time; empty without rows
 * @param firstOverloaded the first event after which load exceeded effective capacity, or empty
 *     when it never did
 * @param ticksOverloaded ticks spent overloaded; empty when the file has no {@code load} or {@code
 *     effective_capacity} column
 * @param finalStatus status in the last row, or empty without rows or {@code status} column
 * @param statusChanges the first {@link #MAX_STATUS_CHANGES_KEPT} status changes in time order
 * @param statusChangeCount all status changes, including any beyond those kept
 * @param failureCount changes to {@code failed}
 * @param recoveryCount changes from {@code failed} to another status
 * @param everDegraded whether any row has the status {@code degraded}
 * @param everFailed whether any row has the status {@code failed}
 */
public record ServiceEffects(
    String serviceId,
    long rows,
    Optional<TimedValue> peakStress,
    OptionalDouble loadAtPeakStress,
    OptionalDouble capacityAtPeakStress,
    Optional<TimedValue> minResource,
    Optional<EventRef> firstOverloaded,
    OptionalLong ticksOverloaded,
    Optional<String> finalStatus,
    List<StatusChange> statusChanges,
    long statusChangeCount,
    long failureCount,
    long recoveryCount,
    boolean everDegraded,
    boolean everFailed) {

  /**
   * Status changes kept per service. A status that flips after every event would otherwise keep one
   * change per metrics row; the counts still include every change.
   */
  public static final int MAX_STATUS_CHANGES_KEPT = 1000;

  /** Checks for nulls and copies the list. */
  public ServiceEffects {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(peakStress, "peakStress");
    Objects.requireNonNull(minResource, "minResource");
    Objects.requireNonNull(firstOverloaded, "firstOverloaded");
    Objects.requireNonNull(finalStatus, "finalStatus");
    statusChanges = List.copyOf(statusChanges);
  }

  /** Returns the kept changes to {@code failed}, in time order. */
  public List<StatusChange> failures() {
    return statusChanges.stream().filter(StatusChange::isFailure).toList();
  }

  /** Returns the kept changes from {@code failed} to another status, in time order. */
  public List<StatusChange> recoveries() {
    return statusChanges.stream().filter(StatusChange::isRecovery).toList();
  }
}
