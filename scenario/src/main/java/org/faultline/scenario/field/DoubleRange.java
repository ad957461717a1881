package org.faultline.scenario.field;

/**
 * The finite doubles a field accepts, between two bounds that are each inclusive or exclusive.
 *
 * <p>NaN and the infinities are outside every range. An infinite bound means no bound on that side.
 *
 * @param min the lower bound, or negative infinity for none
 * @param minInclusive whether the lower bound itself is accepted
 * @param max the upper bound, or positive infinity for none
 * @param maxInclusive whether the upper bound itself is accepted
 */
public record DoubleRange(double min, boolean minInclusive, double max, boolean maxInclusive) {

  /** Validates that the bounds are not NaN and that min is not above max. */
  public DoubleRange {
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("invalid range: min " + min + ", max " + max);
    }
  }

  /** Returns the range of all finite numbers. */
  public static DoubleRange any() {
    return new DoubleRange(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
  }

  /** Returns the range of finite numbers greater than 0. */
  public static DoubleRange positive() {
    return greaterThan(0);
  }

  /** Returns the range of finite numbers greater than or equal to 0. */
  public static DoubleRange nonNegative() {
    return atLeast(0);
  }

  /** Returns the range of finite numbers greater than or equal to a bound. */
  public static DoubleRange atLeast(double min) {
    return new DoubleRange(min, true, Double.POSITIVE_INFINITY, false);
  }

  /** Returns the range of finite numbers greater than a bound. */
  public static DoubleRange greaterThan(double min) {
    return new DoubleRange(min, false, Double.POSITIVE_INFINITY, false);
  }

  /** Returns the range of numbers from min to max, both included. */
  public static DoubleRange between(double min, double max) {
    return new DoubleRange(min, true, max, true);
  }

  /** Returns whether a value is finite and inside the range. */
  public boolean contains(double value) {
    if (!Double.isFinite(value)) {
      return false;
    }
    boolean aboveMin = minInclusive ? value >= min : value > min;
    boolean belowMax = maxInclusive ? value <= max : value < max;
    return aboveMin && belowMax;
  }

  /**
   * Describes the range for a message, such as "a finite number > 0" or "a finite number between 0
   * and 1".
   */
  public String description() {
    boolean hasMin = Double.isFinite(min);
    boolean hasMax = Double.isFinite(max);
    if (hasMin && hasMax && minInclusive && maxInclusive) {
      return "a finite number between " + NumberText.format(min) + " and " + NumberText.format(max);
    }
    if (hasMin && hasMax) {
      return "a finite number " + lowerBound() + " and " + upperBound();
    }
    if (hasMin) {
      return "a finite number " + lowerBound();
    }
    return hasMax ? "a finite number " + upperBound() : "a finite number";
  }

  private String lowerBound() {
    return (minInclusive ? "≥ " : "> ") + NumberText.format(min);
  }

  private String upperBound() {
    return (maxInclusive ? "≤ " : "< ") + NumberText.format(max);
  }
}
