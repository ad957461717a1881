package org.faultline.analysis.attention;

import java.util.Objects;

/**
 * The two-layer graph attention network: {@code gat1} with several heads concatenated, ReLU, {@code
 * gat2} with one head of one channel, and a sigmoid that turns each node's output into a salience.
 *
 * <pre>
 *   h        = ReLU(GAT_1(x))           [N][H·C]
 *   salience = sigmoid(GAT_2(h))        [N], each in [0, 1]
 * </pre>
 *
 * <p>The layers are those of Veličković, Cucurull, Casanova, Romero, Liò and Bengio, "Graph
 * Attention Networks", ICLR 2018, in the variant of PyTorch Geometric's {@code GATConv} described
 * at {@link GatLayer}. The sigmoid is strictly inside (0, 1) in exact arithmetic but rounds to 0 or
 * 1 in double precision once the second layer's output passes about −710 or 37.
 *
 * <p>Cost: O(N·F·H·C + E·H·C), see {@link GatLayer}. The class is stateless and thread-safe.
 */
public final class GatNetwork {

  private GatNetwork() {}

  /**
   * Runs both layers on the graph and returns the salience and attention of this one network.
   *
   * @param graph the graph, self-loops included
   * @param features node features {@code [N][F]} in node order, all finite
   * @param weights the network's parameters, with {@code F} input features
   * @return scores of one network, so with {@link GatScores#scoreStd} 0
   * @throws IllegalArgumentException if {@code features} does not have {@code N} rows of {@code F}
   *     finite values
   */
  public static GatScores forward(GatGraph graph, double[][] features, GatWeights weights) {
    Objects.requireNonNull(weights, "weights");

    GatLayerOutput first = GatLayer.forward(graph, features, weights.first());
    double[][] hidden = relu(first.outputView());
    GatLayerOutput second = GatLayer.forward(graph, hidden, weights.second());

    double[] salience = new double[graph.nodeCount()];
    for (int node = 0; node < salience.length; node++) {
      salience[node] = sigmoid(second.output(node, 0));
    }
    double[][][] attention = {first.attentionView(), second.attentionView()};
    return new GatScores(graph, 1, salience, new double[salience.length], attention);
  }

  private static double[][] relu(double[][] values) {
    double[][] result = new double[values.length][];
    for (int row = 0; row < values.length; row++) {
      result[row] = new double[values[row].length];
      for (int column = 0; column < values[row].length; column++) {
        result[row][column] = Math.max(0.0, values[row][column]);
      }
    }
    return result;
  }

  private static double sigmoid(double z) {
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
