package org.faultline.model.spec;

/**
 * The engine guards a scenario sets.
 *
 * @param maxEventsPerInstant events allowed at one time before the run stops as a zero-delay loop;
 *     at least 1
 * @param maxEvents events allowed in the whole run; at least 1
 */
public record Limits(long maxEventsPerInstant, long maxEvents) {

  /** The defaults: 100,000 events at one instant, 100,000,000 in a run. */
  public static Limits defaults() {
    return new Limits(100_000, 100_000_000);
  }
}
