package org.faultline.model.spec;

import java.util.Objects;

/**
 * One row of the scheduling table: how the engine decides intents of one event type. Intents of
 * a type without a row are rejected.
 *
 * @param event the event type name
 * @param requested whether the delay includes the delay the source requested, as component
 *     {@code requested}
 * @param fixed a fixed delay in ticks added as component {@code fixed}; at least 0
 */
public record SchedulingRule(String event, boolean requested, long fixed) {

  public SchedulingRule {
    Objects.requireNonNull(event, "event");
  }
}
