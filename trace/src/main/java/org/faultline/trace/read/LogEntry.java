package org.faultline.trace.read;

import java.util.OptionalLong;

/** One line of {@code events.jsonl}: an executed event or a rejected intent. */
public sealed interface LogEntry permits ExecutedEvent, RejectedIntent {

  /** Returns the logical time in ticks at which the event executed or the intent was rejected. */
  long time();

  /** Returns the event type, such as {@code FLOOD_IMPACT}. */
  String type();

  /** Returns the source, such as {@code environment:flood} or {@code citizen:1}. */
  String source();

  /**
   * Returns the id of the event whose processing produced this one, or empty if it came before the
   * run.
   */
  OptionalLong cause();

  /** Returns the domain payload, in the key order of the file. */
  Payload payload();

  /** Returns the delay in ticks the source requested, or empty if it requested none. */
  OptionalLong requestedDelay();
}
