package org.faultline.trace.read;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An executed event as recorded in {@code events.jsonl}. Instances are immutable and thread-safe.
 *
 * @param id event id, the sequence number assigned at scheduling; 1 or more
 * @param time logical time in ticks at which the event executed
 * @param type event type
 * @param source event source
 * @param cause id of the event whose processing scheduled this one, or empty if it was scheduled
 *     before the run
 * @param scheduledAt logical time in ticks at which the event was scheduled
 * @param payload domain payload
 * @param requestedDelay delay in ticks the source requested, or empty
 * @param delay components of the applied delay, in recorded order
 */
public record ExecutedEvent(
    long id,
    long time,
    String type,
    String source,
    OptionalLong cause,
    long scheduledAt,
    Payload payload,
    OptionalLong requestedDelay,
    List<DelayComponent> delay)
    implements LogEntry {

  /** Checks for nulls and copies the delay components. */
  public ExecutedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(requestedDelay, "requestedDelay");
    delay = List.copyOf(delay);
  }

  /** Returns the applied delay in ticks: the sum of the delay components. */
  public long appliedDelay() {
    long sum = 0;
    for (DelayComponent component : delay) {
      sum += component.ticks();
    }
    return sum;
  }
}
