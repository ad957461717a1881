package org.faultline.bench.kernel;

import java.util.SplittableRandom;

/**
 * A ring of exponentially distributed time increments in whole ticks, drawn once from a fixed seed.
 * Every variant of the hold model consumes the same values in the same order, and none pays for
 * random number generation inside the measurement.
 *
 * <p>Not thread-safe: each benchmark state owns its own ring.
 */
final class HoldIncrements {

  /**
   * Mean increment in ticks. The engine's time is integral, so the unit-mean exponential is scaled
   * by this factor and rounded. With n pending events, about n / 1,000 of them share each tick near
   * the current time, so ties broken by sequence number are common at n = 100,000.
   */
  static final long MEAN_TICKS = 1_000;

  /** Number of distinct increments before the ring repeats; a power of two. */
  static final int SIZE = 1 << 16;

  private static final int MASK = SIZE - 1;
  private static final long SEED = 20_260_101L;

  private final long[] ticks = new long[SIZE];
  private int cursor;

  /** Draws the ring from the fixed seed, so every instance contains the same values. */
  HoldIncrements() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < SIZE; i++) {
      // Inversion: -ln(1 - u) is exponential with mean 1 for u uniform in [0, 1).
      ticks[i] = Math.round(-MEAN_TICKS * Math.log1p(-random.nextDouble()));
    }
  }

  /** Returns the next increment in ticks, at least 0, and advances the ring. */
  long next() {
    return ticks[nextIndex()];
  }

  /** Returns the ring position of the next increment and advances the ring. */
  int nextIndex() {
    return cursor++ & MASK;
  }

  /** Returns the increment in ticks at a ring position, without advancing the ring. */
  long at(int index) {
    return ticks[index];
  }
}
