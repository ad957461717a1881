package org.faultline.analysis.postmortem.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.faultline.analysis.postmortem.finding.EventRef;
import org.faultline.analysis.postmortem.finding.ServiceEffects;
import org.faultline.analysis.postmortem.finding.StatusChange;
import org.faultline.analysis.postmortem.finding.TimedValue;
import org.faultline.trace.read.MetricsRow;

/**
 * The running summary of one service's metrics rows, in file order. It keeps a fixed number of
 * values however many rows it sees, apart from at most {@link
 * ServiceEffects#MAX_STATUS_CHANGES_KEPT} status changes. Not thread-safe.
 */
final class ServiceTrack {

  private final String serviceId;
  private long rows;

  private double stress = Double.NaN;
  private String status;
  private boolean overloaded;
  private long lastTime;

  private TimedValue peakStress;
  private double loadAtPeak = Double.NaN;
  private double capacityAtPeak = Double.NaN;
  private TimedValue minResource;
  private EventRef firstOverloaded;
  private long ticksOverloaded;

  private final List<StatusChange> statusChanges = new ArrayList<>();
  private long statusChangeCount;
  private long failureCount;
  private long recoveryCount;
  private boolean everDegraded;
  private boolean everFailed;

  ServiceTrack(String serviceId) {
    this.serviceId = serviceId;
  }

  /** Applies the service's next row; rows arrive in time order. */
  StatusChange apply(MetricsRow row) {
    if (rows > 0 && overloaded) {
      // The state of the previous row held from its tick until this row's tick.
      ticksOverloaded += row.time() - lastTime;
    }
    rows++;
    lastTime = row.time();
    stress = row.stressLevel();
    overloaded = row.load() > row.effectiveCapacity();

    if (!Double.isNaN(row.stressLevel())
        && (peakStress == null || row.stressLevel() > peakStress.value())) {
      peakStress = new TimedValue(row.stressLevel(), row.time(), row.eventId());
      loadAtPeak = row.load();
      capacityAtPeak = row.effectiveCapacity();
    }
    if (!Double.isNaN(row.resourceLevel())
        && (minResource == null || row.resourceLevel() < minResource.value())) {
      minResource = new TimedValue(row.resourceLevel(), row.time(), row.eventId());
    }
    if (overloaded && firstOverloaded == null) {
      firstOverloaded = new EventRef(row.eventId(), row.time());
    }
    return applyStatus(row);
  }

  private StatusChange applyStatus(MetricsRow row) {
    String next = row.status();
    if (next == null) {
      return null;
    }
    everDegraded |= StatusChange.DEGRADED.equals(next);
    everFailed |= StatusChange.FAILED.equals(next);
    StatusChange change = null;
    if (status == null && StatusChange.FAILED.equals(next)) {
      change = new StatusChange(row.time(), row.eventId(), Optional.empty(), next);
    } else if (status != null && !status.equals(next)) {
      change = new StatusChange(row.time(), row.eventId(), Optional.of(status), next);
    }
    status = next;
    if (change == null) {
      return null;
    }
    statusChangeCount++;
    failureCount += change.isFailure() ? 1 : 0;
    recoveryCount += change.isRecovery() ? 1 : 0;
    if (statusChanges.size() < ServiceEffects.MAX_STATUS_CHANGES_KEPT) {
      statusChanges.add(change);
    }
    return change;
  }

  /** Returns the stress in the latest row, NaN before the first. */
  double stress() {
    return stress;
  }

  /** Returns whether the latest row's status lets the policy rule count the stress. */
  boolean countsTowardTotalStress() {
    return rows > 0 && !StatusChange.DEGRADED.equals(status) && !StatusChange.FAILED.equals(status);
  }

  /**
   * Summarises the rows.
   *
   * @param endTime tick until which the latest state holds
   * @param overloadKnown whether the file has the load and effective capacity columns
   */
  ServiceEffects finish(long endTime, boolean overloadKnown) {
    long ticks = ticksOverloaded;
    if (rows > 0 && overloaded && endTime > lastTime) {
      ticks += endTime - lastTime;
    }
    return new ServiceEffects(
        serviceId,
        rows,
        Optional.ofNullable(peakStress),
        optional(loadAtPeak),
        optional(capacityAtPeak),
        Optional.ofNullable(minResource),
        Optional.ofNullable(firstOverloaded),
        overloadKnown ? OptionalLong.of(ticks) : OptionalLong.empty(),
        Optional.ofNullable(status),
        statusChanges,
        statusChangeCount,
        failureCount,
        recoveryCount,
        everDegraded,
        everFailed);
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
