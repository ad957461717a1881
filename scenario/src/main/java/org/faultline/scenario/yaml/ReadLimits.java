package org.faultline.scenario.yaml;

/**
 * Limits on what {@link YamlReader} reads, so that a hostile or mistaken file fails fast with a
 * clear problem instead of exhausting memory or the stack.
 *
 * @param maxBytes largest accepted input in bytes, checked before any parsing
 * @param maxDepth deepest accepted nesting of mappings and sequences; the root mapping is level 1
 */
public record ReadLimits(int maxBytes, int maxDepth) {

  /**
   * Default largest input: 1 MiB, over a thousand times the size of the reference scenario file.
   */
  public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  /** Default deepest nesting: 32 levels, where the reference scenario nests 4 levels deep. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /**
   * Largest {@code maxDepth} accepted. The tree builder recurses two calls per level, and a test
   * reads a document this deep.
   */
  public static final int MAX_DEPTH_LIMIT = 1000;

  /** Validates that both limits are positive and the depth is at most {@link #MAX_DEPTH_LIMIT}. */
  public ReadLimits {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be >= 1, got " + maxBytes);
    }
    if (maxDepth < 1 || maxDepth > MAX_DEPTH_LIMIT) {
      throw new IllegalArgumentException(
          "maxDepth must be between 1 and " + MAX_DEPTH_LIMIT + ", got " + maxDepth);
    }
  }

  /** Returns the default limits: 1 MiB and 32 levels. */
  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }
}
