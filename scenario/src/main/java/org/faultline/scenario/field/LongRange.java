package org.faultline.scenario.field;

/**
 * The integers a field accepts, between two inclusive bounds.
 *
 * @param min the smallest accepted value
 * @param max the largest accepted value
 */
public record LongRange(long min, long max) {

  /** Validates that min is not above max. */
  public LongRange {
    if (min > max) {
      throw new IllegalArgumentException("invalid range: min " + min + " > max " + max);
    }
  }

  /** Returns the range of every long. */
  public static LongRange any() {
    return new LongRange(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Returns the range of integers greater than or equal to 1. */
  public static LongRange positive() {
    return atLeast(1);
  }

  /** Returns the range of integers greater than or equal to 0. */
  public static LongRange nonNegative() {
    return atLeast(0);
  }

  /** Returns the range of integers greater than or equal to a bound. */
  public static LongRange atLeast(long min) {
    return new LongRange(min, Long.MAX_VALUE);
  }

  /** Returns the range of integers from min to max, both included. */
  public static LongRange between(long min, long max) {
    return new LongRange(min, max);
  }

  /** Returns whether a value is inside the range. */
  public boolean contains(long value) {
    return value >= min && value <= max;
  }

  /**
   * Describes the range for a message, such as "an integer ≥ 1" or "an integer between 0 and 10".
   */
  public String description() {
    boolean hasMin = min != Long.MIN_VALUE;
    boolean hasMax = max != Long.MAX_VALUE;
    if (hasMin && hasMax) {
      return "an integer between " + min + " and " + max;
    }
    if (hasMin) {
      return "an integer ≥ " + min;
    }
    return hasMax ? "an integer ≤ " + max : "an integer";
  }
}
