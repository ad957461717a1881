package org.faultline.model.spec;

/**
 * The direct perturbation c* that a stressor pulse applies to the inoperability of each target when
 * dependency coupling is on.
 *
 * @param level c*, the fraction of capacity the pulse takes away directly; between 0 and 1, and 0
 *     for none
 * @param duration how many ticks the perturbation lasts, from the pulse's tick on; at least 1
 */
public record Perturbation(double level, long duration) {

  /** The default duration in ticks. */
  public static final long DEFAULT_DURATION = 1;

  /** Returns no perturbation. */
  public static Perturbation none() {
    return new Perturbation(0.0, DEFAULT_DURATION);
  }

  /** Returns whether the pulse perturbs inoperability at all. */
  public boolean isPresent() {
    return level > 0;
  }
}
