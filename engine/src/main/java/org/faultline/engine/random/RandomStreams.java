package org.faultline.engine.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The named random streams of one run, each derived from the run seed and its purpose alone, so
 * adding or drawing from one stream never shifts another.
 *
 * <p>A stream's seed is the first 8 bytes (big-endian) of SHA-256 over the run seed as 8 big-endian
 * bytes followed by the purpose in UTF-8.
 *
 * <p>Not thread-safe.
 */
public final class RandomStreams {

  private final long seed;
  private final Map<String, RandomStream> streams = new TreeMap<>();

  /** Creates the streams of a run with the given seed. */
  public RandomStreams(long seed) {
    this.seed = seed;
  }

  /** Returns the run seed. */
  public long seed() {
    return seed;
  }

  /**
   * Returns the stream for a purpose, creating it on first use; later calls return the same stream,
   * which continues where it left off.
   *
   * @param purpose a non-blank name such as {@code latency.jitter}
   */
  public RandomStream stream(String purpose) {
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("a random stream needs a non-blank purpose");
    }
    return streams.computeIfAbsent(purpose, name -> new RandomStream(name, deriveSeed(seed, name)));
  }

  /** Returns the seed of the stream for a purpose without creating it. */
  public static long deriveSeed(long runSeed, String purpose) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(runSeed).array());
      sha256.update(purpose.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(sha256.digest()).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
