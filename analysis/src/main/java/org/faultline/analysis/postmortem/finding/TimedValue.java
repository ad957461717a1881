package org.faultline.analysis.postmortem.finding;

/**
 * A value of the logged state and the first moment it was reached. Instances are immutable and
 * thread-safe.
 *
 * @param value the value, finite
 * @param time logical time in ticks of the first row or event that reached it
 * @param eventId id of the event after which it was reached; 0 for an initial-state row, -1 when
 *     the metrics file has no {@code event_id} column
 */
public record TimedValue(double value, long time, long eventId) {}
