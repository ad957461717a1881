package org.faultline.engine.event;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An intent the engine decided not to schedule, with the reason. Rejections are recorded in the
 * event log beside executed events.
 *
 * @param time the time in ticks at which the intent was decided
 * @param intent the rejected intent
 * @param cause id of the event during whose processing the intent arose, or empty before the run
 * @param reason why the engine rejected it, as one sentence
 */
public record Rejection(long time, Intent intent, OptionalLong cause, String reason) {

  public Rejection {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(reason, "reason");
  }
}
