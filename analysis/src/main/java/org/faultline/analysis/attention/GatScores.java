package org.faultline.analysis.attention;

/**
 * The salience of each node and the attention of each layer, head and edge, from one network or
 * averaged over an ensemble of networks.
 *
 * <p>For one network, {@link #score} is its salience and {@link #scoreStd} is 0. For an ensemble,
 * {@link #score} is the mean salience over its networks, {@link #scoreStd} the population standard
 * deviation (dividing by the number of networks), and {@link #attention} the mean attention. Nodes
 * follow the node order of {@link #graph()}, edges its edge order (input edges, then self-loops).
 * Layers are numbered from 1 and heads from 0; layer 1 has {@link #heads(int) heads(1)} heads and
 * layer 2 has one.
 *
 * <p>Instances are immutable and thread-safe: the accessors that return arrays return copies.
 */
public final class GatScores {

  /** Number of attention layers of the network. */
  public static final int LAYER_COUNT = 2;

  private final GatGraph graph;
  private final int modelCount;
  private final double[] scores;
  private final double[] scoreStds;
  private final double[][][] attention;

  GatScores(
      GatGraph graph, int modelCount, double[] scores, double[] scoreStds, double[][][] attention) {
    this.graph = graph;
    this.modelCount = modelCount;
    this.scores = scores;
    this.scoreStds = scoreStds;
    this.attention = attention;
  }

  /** Returns the graph whose nodes and edges the scores are indexed by. */
  public GatGraph graph() {
    return graph;
  }

  /** Returns the number of networks averaged, 1 for a single network. */
  public int modelCount() {
    return modelCount;
  }

  /** Returns the salience of node {@code node}, mean over the networks, in [0, 1]. */
  public double score(int node) {
    return scores[node];
  }

  /**
   * Returns the population standard deviation of node {@code node}'s salience over the networks.
   */
  public double scoreStd(int node) {
    return scoreStds[node];
  }

  /** Returns a copy of the salience per node, in node order. */
  public double[] scores() {
    return scores.clone();
  }

  /** Returns a copy of the standard deviation of the salience per node, in node order. */
  public double[] scoreStds() {
    return scoreStds.clone();
  }

  /**
   * Returns the number of heads of layer {@code layer}.
   *
   * @param layer 1 or 2
   */
  public int heads(int layer) {
    return attention[layerIndex(layer)].length;
  }

  /**
   * Returns the attention coefficient of an edge, mean over the networks, in [0, 1].
   *
   * @param layer 1 or 2
   * @param head head index from 0
   * @param edge edge index in the graph's edge order
   */
  public double attention(int layer, int head, int edge) {
    return attention[layerIndex(layer)][head][edge];
  }

  private static int layerIndex(int layer) {
    if (layer < 1 || layer > LAYER_COUNT) {
      throw new IllegalArgumentException("layer is " + layer + "; expected 1 to " + LAYER_COUNT);
    }
    return layer - 1;
  }
}
