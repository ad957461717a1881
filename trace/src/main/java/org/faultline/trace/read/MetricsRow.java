package org.faultline.trace.read;

import org.faultline.trace.MetricsColumns;

/**
 * One row of {@code metrics.csv}: the state of one service after one event.
 *
 * <p>A number that is NaN in the run, or whose column the file lacks, is NaN here. Instances are
 * immutable and thread-safe; {@link #equals} treats NaN as equal to NaN.
 *
 * @param time logical time of the event in ticks
 * @param eventType type of the event, or {@code INITIAL_STATE} for an initial-state row
 * @param source source of the event, or {@code initial} for an initial-state row
 * @param serviceId id of the service
 * @param stressLevel stress level of the service
 * @param resourceLevel operational resource level of the service
 * @param load load on the service; NaN when the file has no {@code load} column
 * @param effectiveCapacity effective capacity; NaN when the file has no {@code effective_capacity}
 *     column
 * @param status status of the service; null when the file has no {@code status} column
 * @param eventId id of the event, 0 for an initial-state row, or {@link #NO_EVENT_ID} when the file
 *     has no {@code event_id} column
 */
public record MetricsRow(
    long time,
    String eventType,
    String source,
    String serviceId,
    double stressLevel,
    double resourceLevel,
    double load,
    double effectiveCapacity,
    String status,
    long eventId) {

  /** Value of {@link #eventId()} when the file has no {@code event_id} column. */
  public static final long NO_EVENT_ID = -1;

  /** Returns whether this row is part of the initial state of a delta-mode file. */
  public boolean isInitialState() {
    return eventId == MetricsColumns.INITIAL_STATE_EVENT_ID;
  }
}
