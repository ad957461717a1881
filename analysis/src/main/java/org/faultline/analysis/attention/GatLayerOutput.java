package org.faultline.analysis.attention;

/**
 * The result of one graph attention layer: the output per node and the attention coefficient per
 * head and edge, in the node and edge order of the graph it ran on.
 *
 * <p>Instances are immutable and thread-safe: the accessors that return arrays return copies.
 */
public final class GatLayerOutput {

  private final double[][] output;
  private final double[][] attention;

  GatLayerOutput(double[][] output, double[][] attention) {
    this.output = output;
    this.attention = attention;
  }

  /** Returns the number of heads. */
  public int heads() {
    return attention.length;
  }

  /** Returns channel {@code channel} of node {@code node}'s output, heads concatenated. */
  public double output(int node, int channel) {
    return output[node][channel];
  }

  /** Returns a copy of the output {@code [N][H·C]}. */
  public double[][] output() {
    return copy(output);
  }

  /** Returns the attention coefficient of head {@code head} on edge {@code edge}, in [0, 1]. */
  public double attention(int head, int edge) {
    return attention[head][edge];
  }

  /** Returns a copy of the attention coefficients {@code [H][E]}. */
  public double[][] attention() {
    return copy(attention);
  }

  /** Returns the output without copying, for the network that stacks the layers. */
  double[][] outputView() {
    return output;
  }

  /** Returns the attention without copying, for the network that stacks the layers. */
  double[][] attentionView() {
    return attention;
  }

  private static double[][] copy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int row = 0; row < matrix.length; row++) {
      copy[row] = matrix[row].clone();
    }
    return copy;
  }
}
