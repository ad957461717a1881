package org.faultline.analysis.postmortem.finding;

import java.util.Objects;

/**
 * Rejected intents of one type with one reason. Instances are immutable and thread-safe.
 *
 * @param type the event type the intents asked for
 * @param reason why the engine rejected them
 * @param count how many were rejected; 1 or more
 */
public record RejectedIntentGroup(String type, String reason, long count) {

  /** Checks for nulls. */
  public RejectedIntentGroup {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }
}
