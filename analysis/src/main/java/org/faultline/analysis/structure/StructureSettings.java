package org.faultline.analysis.structure;

/**
 * The seeds and sizes of the structural reasoning.
 *
 * @param firstSeed seed of the first network of the ensemble; network {@code k} uses {@code
 *     firstSeed + k}
 * @param seedCount number of networks in the ensemble, at least 1
 * @param heads heads of the first attention layer, at least 1
 * @param hidden channels per head of the first attention layer, at least 1
 * @param permutationCount number of shuffled-feature controls, at least 1
 * @param permutationSeed seed of the generator that draws the permutations
 */
public record StructureSettings(
    long firstSeed,
    int seedCount,
    int heads,
    int hidden,
    int permutationCount,
    long permutationSeed) {

  /** Default first seed of the ensemble, the same as the {@code faultline gat} default. */
  public static final long DEFAULT_FIRST_SEED = 42L;

  /** Default number of networks in the ensemble. */
  public static final int DEFAULT_SEED_COUNT = 16;

  /** Default number of heads of the first layer. */
  public static final int DEFAULT_HEADS = 4;

  /** Default number of channels per head of the first layer. */
  public static final int DEFAULT_HIDDEN = 8;

  /** Default number of shuffled-feature controls. */
  public static final int DEFAULT_PERMUTATION_COUNT = 100;

  /** Default seed of the permutations. */
  public static final long DEFAULT_PERMUTATION_SEED = 1L;

  /** Rejects counts below 1 and a first layer wider than an int can index. */
  public StructureSettings {
    requirePositive("seedCount", seedCount);
    requirePositive("heads", heads);
    requirePositive("hidden", hidden);
    requirePositive("permutationCount", permutationCount);
    if ((long) heads * hidden > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "heads x hidden is " + (long) heads * hidden + "; expected at most " + Integer.MAX_VALUE);
    }
  }

  /** Returns the defaults: seeds 42 to 57, 4 heads of 8 channels, 100 permutations with seed 1. */
  public static StructureSettings defaults() {
    return new StructureSettings(
        DEFAULT_FIRST_SEED,
        DEFAULT_SEED_COUNT,
        DEFAULT_HEADS,
        DEFAULT_HIDDEN,
        DEFAULT_PERMUTATION_COUNT,
        DEFAULT_PERMUTATION_SEED);
  }

  private static void requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " is " + value + "; expected at least 1");
    }
  }
}
