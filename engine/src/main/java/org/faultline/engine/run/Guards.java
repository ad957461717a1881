package org.faultline.engine.run;

/**
 * Limits that stop a run with an error instead of a hang.
 *
 * @param maxEventsPerInstant events that may execute at one logical time before the run is stopped
 *     as a zero-delay loop; at least 1
 * @param maxEvents events that may execute in the whole run; at least 1
 */
public record Guards(long maxEventsPerInstant, long maxEvents) {

  /** The default number of events allowed at one instant. */
  public static final long DEFAULT_MAX_EVENTS_PER_INSTANT = 100_000;

  public Guards {
    if (maxEventsPerInstant < 1) {
      throw new IllegalArgumentException(
          "maxEventsPerInstant must be at least 1, got " + maxEventsPerInstant);
    }
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be at least 1, got " + maxEvents);
    }
  }

  /** Returns the defaults: 100,000 events per instant and no limit on the total. */
  public static Guards defaults() {
    return new Guards(DEFAULT_MAX_EVENTS_PER_INSTANT, Long.MAX_VALUE);
  }

  /** Returns these guards with another total event limit. */
  public Guards withMaxEvents(long limit) {
    return new Guards(maxEventsPerInstant, limit);
  }

  /** Returns these guards with another per-instant limit. */
  public Guards withMaxEventsPerInstant(long limit) {
    return new Guards(limit, maxEvents);
  }
}
