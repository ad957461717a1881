package org.faultline.analysis.attention;

import java.util.Objects;

/**
 * Runs the network with seeded weights for several consecutive seeds and averages the results, to
 * show how much the salience depends on the draw rather than on the graph and its features.
 *
 * <p>Network {@code k} (from 0) uses {@link GlorotWeights#draw} with seed {@code firstSeed + k},
 * wrapping around as Java {@code long} addition does. The result holds, per node, the mean salience
 * and its population standard deviation, and per layer, head and edge the mean attention, each
 * summed in seed order. Averaging attention per head index is a summary only: head {@code h} of one
 * draw has no particular relation to head {@code h} of another.
 *
 * <p>Cost: {@code seedCount} times that of {@link GatNetwork#forward}, plus O(seedCount·N) memory
 * for the salience of every network. The class is stateless and thread-safe.
 */
public final class GatEnsemble {

  /** Default number of seeds in an ensemble. */
  public static final int DEFAULT_SEED_COUNT = 16;

  private GatEnsemble() {}

  /**
   * Averages the network over seeds {@code firstSeed, firstSeed + 1, …}.
   *
   * @param graph the graph, self-loops included
   * @param features node features {@code [N][F]} in node order, all finite
   * @param firstSeed seed of the first network
   * @param seedCount number of networks, at least 1
   * @param heads number of heads of the first layer, at least 1
   * @param hidden number of channels per head of the first layer, at least 1
   * @return mean and standard deviation of the salience, and mean attention
   * @throws IllegalArgumentException if a count is below 1 or {@code features} is not {@code N}
   *     rows of the same positive number of finite values
   */
  public static GatScores run(
      GatGraph graph, double[][] features, long firstSeed, int seedCount, int heads, int hidden) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(features, "features");
    if (seedCount < 1) {
      throw new IllegalArgumentException("seedCount is " + seedCount + "; expected at least 1");
    }
    int featureCount = features.length == 0 || features[0] == null ? 0 : features[0].length;
    GlorotWeights.checkArchitecture(featureCount, heads, hidden);

    int nodeCount = graph.nodeCount();
    int edgeCount = graph.edgeCount();
    double[][] saliences = new double[seedCount][];
    double[][][] attentionSums = {new double[heads][edgeCount], new double[1][edgeCount]};
    for (int k = 0; k < seedCount; k++) {
      GatWeights weights = GlorotWeights.draw(firstSeed + k, featureCount, heads, hidden);
      GatScores single = GatNetwork.forward(graph, features, weights);
      saliences[k] = single.scores();
      addAttention(single, attentionSums);
    }

    double[] means = new double[nodeCount];
    double[] stds = new double[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      means[node] = mean(saliences, node);
      stds[node] = populationStd(saliences, node, means[node]);
    }
    for (double[][] layer : attentionSums) {
      for (double[] head : layer) {
        for (int edge = 0; edge < edgeCount; edge++) {
          head[edge] /= seedCount;
        }
      }
    }
    return new GatScores(graph, seedCount, means, stds, attentionSums);
  }

  private static void addAttention(GatScores single, double[][][] sums) {
    for (int layer = 1; layer <= GatScores.LAYER_COUNT; layer++) {
      double[][] layerSums = sums[layer - 1];
      for (int head = 0; head < layerSums.length; head++) {
        for (int edge = 0; edge < layerSums[head].length; edge++) {
          layerSums[head][edge] += single.attention(layer, head, edge);
        }
      }
    }
  }

  private static double mean(double[][] saliences, int node) {
    double sum = 0.0;
    for (double[] salience : saliences) {
      sum += salience[node];
    }
    return sum / saliences.length;
  }

  private static double populationStd(double[][] saliences, int node, double mean) {
    double sumOfSquares = 0.0;
    for (double[] salience : saliences) {
      double deviation = salience[node] - mean;
      sumOfSquares += deviation * deviation;
    }
    return Math.sqrt(sumOfSquares / saliences.length);
  }
}
