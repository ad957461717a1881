package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.Objects;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GlorotWeights;

/** The origin of a graph attention job's weights: an ensemble drawn from seeds, or a JSON file. */
public sealed interface WeightsSource permits WeightsSource.Seeded, WeightsSource.JsonFile {

  /** Default first seed, fixed so that runs without options are reproducible. */
  long DEFAULT_SEED = 42L;

  /**
   * Weights drawn by {@link GlorotWeights#draw} for seeds {@code firstSeed} to {@code firstSeed +
   * seedCount - 1}, averaged by {@link GatEnsemble}.
   *
   * @param firstSeed seed of the first network
   * @param seedCount number of networks in the ensemble, at least 1
   * @param heads number of heads of the first layer, at least 1
   * @param hidden number of channels per head of the first layer, at least 1
   */
  record Seeded(long firstSeed, int seedCount, int heads, int hidden) implements WeightsSource {

    /** Rejects counts below 1. */
    public Seeded {
      requirePositive("seedCount", seedCount);
      requirePositive("heads", heads);
      requirePositive("hidden", hidden);
      if ((long) heads * hidden > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "heads x hidden is "
                + (long) heads * hidden
                + "; expected at most "
                + Integer.MAX_VALUE);
      }
    }

    private static void requirePositive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " is " + value + "; expected at least 1");
      }
    }
  }

  /**
   * Weights read by {@link WeightsJsonReader} from a file.
   *
   * @param path the JSON weights file
   */
  record JsonFile(Path path) implements WeightsSource {

    /** Rejects a null path. */
    public JsonFile {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * Returns the default ensemble for {@code firstSeed}: {@value GatEnsemble#DEFAULT_SEED_COUNT}
   * seeds, {@value GlorotWeights#DEFAULT_HEADS} heads of {@value GlorotWeights#DEFAULT_HIDDEN}
   * channels.
   */
  static Seeded seeded(long firstSeed) {
    return new Seeded(
        firstSeed,
        GatEnsemble.DEFAULT_SEED_COUNT,
        GlorotWeights.DEFAULT_HEADS,
        GlorotWeights.DEFAULT_HIDDEN);
  }

  /** Returns the source that reads the weights from {@code path}. */
  static JsonFile jsonFile(Path path) {
    return new JsonFile(path);
  }
}
