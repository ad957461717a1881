package org.faultline.engine.run;

/**
 * Thrown when a run exceeds one of its {@link Guards}: too many events at one instant (a zero-delay
 * loop) or too many events in total. The message names the event types and sources that executed
 * last.
 */
public final class GuardTrippedException extends SimulationException {

  private static final long serialVersionUID = 1L;

  /** Which guard stopped the run. */
  public enum Kind {
    /** More events at one logical time than allowed. */
    ZERO_DELAY_LOOP,
    /** More events in the whole run than allowed. */
    EVENT_LIMIT
  }

  private final Kind kind;
  private final long time;

  GuardTrippedException(Kind kind, long time, String message) {
    super(message);
    this.kind = kind;
    this.time = time;
  }

  /** Returns which guard stopped the run. */
  public Kind kind() {
    return kind;
  }

  /** Returns the logical time at which the run stopped. */
  public long time() {
    return time;
  }
}
