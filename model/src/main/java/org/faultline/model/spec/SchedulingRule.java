package org.faultline.model.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the scheduling table: how the engine decides intents of one event type. Intents of a
 * type without a row are rejected.
 *
 * @param event the event type name
 * @param requested whether the delay includes the delay the source requested, as component {@code
 *     requested}
 * @param fixed a fixed delay in ticks added as component {@code fixed}; at least 0
 * @param channel the id of the channel the intents travel through, if any
 */
public record SchedulingRule(
    String event, boolean requested, long fixed, Optional<String> channel) {

  public SchedulingRule {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(channel, "channel");
  }

  /** Creates a row without a channel. */
  public SchedulingRule(String event, boolean requested, long fixed) {
    this(event, requested, fixed, Optional.empty());
  }
}
