package org.faultline.analysis.structure;

/**
 * One agreement measure on the real features, beside the same measure under the shuffled-feature
 * control.
 *
 * <p>Undefined values are null, so that the record serialises to valid JSON. When {@code observed}
 * is null, {@code undefinedReason} gives the reason and every control field is null or 0.
 *
 * @param observed the measure with each service's own features, or null if undefined
 * @param controlMean mean of the measure over the permutations where it is defined, or null if it
 *     is defined in none
 * @param controlMin smallest value of the measure over those permutations, or null if none
 * @param controlMax largest value of the measure over those permutations, or null if none
 * @param controlCount number of permutations where the measure is defined
 * @param atLeastAsHighCount number of those permutations whose measure is at least {@code observed}
 * @param atLeastAsHighFraction {@code atLeastAsHighCount / controlCount}, or null if {@code
 *     controlCount} is 0
 * @param pValue the empirical p-value {@code (1 + atLeastAsHighCount) / (1 + controlCount)}, in (0,
 *     1], or null if {@code observed} is undefined
 * @param undefinedReason why {@code observed} is undefined, or null if it is defined
 */
public record MetricComparison(
    Double observed,
    Double controlMean,
    Double controlMin,
    Double controlMax,
    int controlCount,
    int atLeastAsHighCount,
    Double atLeastAsHighFraction,
    Double pValue,
    String undefinedReason) {

  /** Returns the comparison of a measure that is undefined for the real features. */
  static MetricComparison undefined(String reason) {
    return new MetricComparison(null, null, null, null, 0, 0, null, null, reason);
  }

  /** Returns whether the observed value is defined. */
  boolean defined() {
    return observed != null;
  }

  /** Returns whether every permutation gave exactly the observed value. */
  boolean controlAlwaysEqual() {
    return controlCount > 0 && observed.equals(controlMin) && observed.equals(controlMax);
  }
}
