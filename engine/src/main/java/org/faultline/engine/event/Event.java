package org.faultline.engine.event;

import java.util.OptionalLong;

/**
 * A scheduled event: what will happen, when, why and after which delay. Its id is the sequence
 * number assigned when it was scheduled, and it is the event's id in every output.
 *
 * <p>Immutable and thread-safe.
 */
public final class Event {

  private final long id;
  private final long time;
  private final EventType type;
  private final Participant source;
  private final Payload payload;
  private final long causeId;
  private final long scheduledAt;
  private final AppliedDelay delay;

  /**
   * Creates an event; only the engine calls this.
   *
   * @param id sequence number, at least 1
   * @param time execution time in ticks
   * @param type event type
   * @param source who intended it
   * @param payload its values
   * @param causeId id of the event whose processing scheduled it, or 0 when it was scheduled before
   *     the run
   * @param scheduledAt time in ticks at which it was scheduled
   * @param delay the applied delay and its components
   */
  public Event(
      long id,
      long time,
      EventType type,
      Participant source,
      Payload payload,
      long causeId,
      long scheduledAt,
      AppliedDelay delay) {
    this.id = id;
    this.time = time;
    this.type = type;
    this.source = source;
    this.payload = payload;
    this.causeId = causeId;
    this.scheduledAt = scheduledAt;
    this.delay = delay;
  }

  /** Returns the event id, at least 1. */
  public long id() {
    return id;
  }

  /** Returns the execution time in ticks. */
  public long time() {
    return time;
  }

  /** Returns the event type. */
  public EventType type() {
    return type;
  }

  /** Returns who intended the event. */
  public Participant source() {
    return source;
  }

  /** Returns the event's values. */
  public Payload payload() {
    return payload;
  }

  /** Returns the id of the event whose processing scheduled this one, or empty for a root. */
  public OptionalLong cause() {
    return causeId == 0 ? OptionalLong.empty() : OptionalLong.of(causeId);
  }

  /** Returns the time in ticks at which the engine scheduled the event. */
  public long scheduledAt() {
    return scheduledAt;
  }

  /** Returns the applied delay and its named components. */
  public AppliedDelay delay() {
    return delay;
  }

  @Override
  public String toString() {
    return "#" + id + " t=" + time + " " + type + " from " + source + " " + payload;
  }
}
