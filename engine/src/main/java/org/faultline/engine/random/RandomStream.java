package org.faultline.engine.random;

import java.util.SplittableRandom;

/**
 * One seeded source of random numbers for one purpose. The algorithm is SplitMix64 as implemented
 * by {@link SplittableRandom}, whose output for a given seed is fixed by its published algorithm,
 * and the derived distributions use {@link StrictMath} so every JVM gives the same values.
 *
 * <p>Not thread-safe.
 */
public final class RandomStream {

  private final String purpose;
  private final SplittableRandom random;

  RandomStream(String purpose, long seed) {
    this.purpose = purpose;
    this.random = new SplittableRandom(seed);
  }

  /** Returns the purpose this stream was derived for. */
  public String purpose() {
    return purpose;
  }

  /** Returns a uniform double in [0, 1). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** Returns a uniform long in [0, bound); {@code bound} must be positive. */
  public long nextLong(long bound) {
    return random.nextLong(bound);
  }

  /** Returns a uniform long over all 64-bit values. */
  public long nextLong() {
    return random.nextLong();
  }

  /**
   * Returns an exponentially distributed double by inversion.
   *
   * @param mean the mean; positive and finite
   */
  public double nextExponential(double mean) {
    if (!(mean > 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException(
          "exponential mean must be positive and finite, got " + mean);
    }
    return -mean * StrictMath.log1p(-random.nextDouble());
  }
}
