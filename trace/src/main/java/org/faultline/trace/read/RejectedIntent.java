package org.faultline.trace.read;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An intent the engine rejected, as recorded in {@code events.jsonl}. It has no event id because it
 * was never scheduled. Instances are immutable and thread-safe.
 *
 * @param time logical time in ticks at which the intent was rejected
 * @param type event type the intent asked for
 * @param source source of the intent
 * @param cause id of the event whose processing produced the intent, or empty
 * @param payload domain payload
 * @param requestedDelay delay in ticks the source requested, or empty
 * @param reason why the engine rejected the intent
 */
public record RejectedIntent(
    long time,
    String type,
    String source,
    OptionalLong cause,
    Payload payload,
    OptionalLong requestedDelay,
    String reason)
    implements LogEntry {

  /** Checks for nulls. */
  public RejectedIntent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(requestedDelay, "requestedDelay");
    Objects.requireNonNull(reason, "reason");
  }
}
