package org.faultline.analysis.attention;

import java.util.SplittableRandom;

/**
 * Draws the network's weights from a seed, the way PyTorch Geometric initialises {@code GATConv}.
 *
 * <p>Every weight matrix and attention vector is drawn from the Glorot (Xavier) uniform
 * distribution U(−a, a): {@code lin.weight} of shape {@code [out, in]} with {@code a = sqrt(6 / (in
 * + out))}, and {@code att_src} and {@code att_dst} of shape {@code [1, H, C]} with {@code a =
 * sqrt(6 / (H + C))} (PyTorch Geometric's {@code glorot} uses the last two dimensions). Biases are
 * 0.
 *
 * <p>Draw order, so the weights can be reproduced elsewhere: one {@link SplittableRandom} is
 * created with the seed, and each value is {@code a * (2 * u - 1)} with {@code u =
 * random.nextDouble()}, drawn in this order, each array in row-major order: {@code gat1.lin.weight}
 * {@code [H·C][F]}, {@code gat1.att_src} {@code [H][C]}, {@code gat1.att_dst} {@code [H][C]},
 * {@code gat2.lin.weight} {@code [1][H·C]}, {@code gat2.att_src} {@code [1][1]}, {@code
 * gat2.att_dst} {@code [1][1]}. No other draws are made. Because {@code 2u − 1} is exact, each
 * value is rounded once, in the final multiplication. The values differ from the ones PyTorch would
 * draw with the same seed: only the distribution is the same.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class GlorotWeights {

  /** Default number of heads of the first layer. */
  public static final int DEFAULT_HEADS = 4;

  /** Default number of channels per head of the first layer. */
  public static final int DEFAULT_HIDDEN = 8;

  private GlorotWeights() {}

  /**
   * Draws the weights of a network from {@code seed}.
   *
   * @param seed seed of the {@link SplittableRandom} that draws every value
   * @param featureCount number of input features per node, at least 1
   * @param heads number of heads of the first layer, at least 1
   * @param hidden number of channels per head of the first layer, at least 1
   * @return the drawn weights, with zero biases
   * @throws IllegalArgumentException if a count is below 1 or {@code heads·hidden} overflows an int
   */
  public static GatWeights draw(long seed, int featureCount, int heads, int hidden) {
    checkArchitecture(featureCount, heads, hidden);
    int width = heads * hidden;
    SplittableRandom random = new SplittableRandom(seed);

    double[][] firstLin = uniformMatrix(random, width, featureCount, limit(featureCount, width));
    double[][] firstAttSrc = uniformMatrix(random, heads, hidden, limit(heads, hidden));
    double[][] firstAttDst = uniformMatrix(random, heads, hidden, limit(heads, hidden));
    GatLayerWeights first =
        new GatLayerWeights(firstLin, firstAttSrc, firstAttDst, new double[width]);

    double[][] secondLin = uniformMatrix(random, 1, width, limit(width, 1));
    double[][] secondAttSrc = uniformMatrix(random, 1, 1, limit(1, 1));
    double[][] secondAttDst = uniformMatrix(random, 1, 1, limit(1, 1));
    GatLayerWeights second =
        new GatLayerWeights(secondLin, secondAttSrc, secondAttDst, new double[1]);

    return new GatWeights(first, second);
  }

  /**
   * Checks the architecture parameters shared by {@link #draw} and {@link GatEnsemble}.
   *
   * @throws IllegalArgumentException if a count is below 1 or {@code heads·hidden} overflows an int
   */
  static void checkArchitecture(int featureCount, int heads, int hidden) {
    if (featureCount < 1) {
      throw new IllegalArgumentException(
          "featureCount is " + featureCount + "; expected at least 1");
    }
    if (heads < 1) {
      throw new IllegalArgumentException("heads is " + heads + "; expected at least 1");
    }
    if (hidden < 1) {
      throw new IllegalArgumentException("hidden is " + hidden + "; expected at least 1");
    }
    if ((long) heads * hidden > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "heads x hidden is " + (long) heads * hidden + "; expected at most " + Integer.MAX_VALUE);
    }
  }

  private static double limit(int fanIn, int fanOut) {
    return Math.sqrt(6.0 / ((double) fanIn + fanOut));
  }

  private static double[][] uniformMatrix(
      SplittableRandom random, int rows, int columns, double limit) {
    double[][] matrix = new double[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        matrix[row][column] = limit * (2.0 * random.nextDouble() - 1.0);
      }
    }
    return matrix;
  }
}
