package org.faultline.analysis.attention;

import java.util.Arrays;
import java.util.Objects;

/**
 * One graph attention layer, computing what PyTorch Geometric's {@code GATConv} computes in
 * evaluation mode with its defaults ({@code concat=True}, {@code negative_slope=0.2}, dropout
 * inactive, {@code add_self_loops=True}, {@code bias=True}, no edge features).
 *
 * <p>For node features {@code x}, heads {@code h} and an edge {@code j → i} of the graph
 * (self-loops included):
 *
 * <pre>
 *   x'_j     = W x_j                                   (per head: the h-th block of C channels)
 *   e_ij^h   = LeakyReLU_0.2(a_src^h · x'_j^h + a_dst^h · x'_i^h)
 *   α_ij^h   = exp(e_ij^h − m_i^h) / Σ_{k → i} exp(e_ik^h − m_i^h),   m_i^h = max_{k → i} e_ik^h
 *   out_i^h  = Σ_{j → i} α_ij^h x'_j^h
 *   out_i    = [out_i^0 ‖ … ‖ out_i^{H−1}] + b
 * </pre>
 *
 * <p>Parallel edges each enter the sums above, so {@code k} parallel copies of {@code j → i} give
 * {@code j} a {@code k}-fold share, as in PyTorch Geometric.
 *
 * <p>Cost: O(N·F·H·C) for the linear map and O(E·H·C) for attention and aggregation, with N nodes,
 * E edges (self-loops included), F input channels, H heads and C channels per head. Memory is
 * O(N·H·C + E·H).
 *
 * <p>The class is stateless and thread-safe.
 */
public final class GatLayer {

  /** Slope of LeakyReLU for negative logits, PyTorch Geometric's default. */
  public static final double NEGATIVE_SLOPE = 0.2;

  private GatLayer() {}

  /**
   * Computes the layer's output and its attention coefficients.
   *
   * @param graph the graph, self-loops included
   * @param x input features {@code [N][F]}, one row per node in node order, all finite
   * @param weights the layer's parameters, with {@code F} input channels
   * @return the output {@code [N][H·C]} and the attention {@code [H][E]} in edge order
   * @throws IllegalArgumentException if {@code x} does not have {@code N} rows of {@code F} finite
   *     values
   */
  public static GatLayerOutput forward(GatGraph graph, double[][] x, GatLayerWeights weights) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(weights, "weights");
    checkInput(graph, x, weights.inChannels());

    double[][] projected = project(x, weights);
    double[][] sourceScores = attentionScores(projected, weights, /* source= */ true);
    double[][] targetScores = attentionScores(projected, weights, /* source= */ false);

    double[][] attention = logits(graph, sourceScores, targetScores, weights.heads());
    softmaxByTarget(graph, attention);

    double[][] output = aggregate(graph, projected, attention, weights);
    return new GatLayerOutput(output, attention);
  }

  /** Computes {@code W x_i} for every node: {@code [N][H·C]}. */
  private static double[][] project(double[][] x, GatLayerWeights weights) {
    int width = weights.outputWidth();
    int inChannels = weights.inChannels();
    double[][] projected = new double[x.length][width];
    for (int node = 0; node < x.length; node++) {
      for (int row = 0; row < width; row++) {
        double sum = 0.0;
        for (int column = 0; column < inChannels; column++) {
          sum += weights.linWeight(row, column) * x[node][column];
        }
        projected[node][row] = sum;
      }
    }
    return projected;
  }

  /** Computes {@code a^h · x'_i^h} for every node and head: {@code [N][H]}. */
  private static double[][] attentionScores(
      double[][] projected, GatLayerWeights weights, boolean source) {
    int heads = weights.heads();
    int channels = weights.outChannels();
    double[][] scores = new double[projected.length][heads];
    for (int node = 0; node < projected.length; node++) {
      for (int head = 0; head < heads; head++) {
        double sum = 0.0;
        for (int channel = 0; channel < channels; channel++) {
          double a = source ? weights.attSrc(head, channel) : weights.attDst(head, channel);
          sum += a * projected[node][head * channels + channel];
        }
        scores[node][head] = sum;
      }
    }
    return scores;
  }

  /** Computes the LeakyReLU of the summed scores for every head and edge: {@code [H][E]}. */
  private static double[][] logits(
      GatGraph graph, double[][] sourceScores, double[][] targetScores, int heads) {
    int edgeCount = graph.edgeCount();
    double[][] logits = new double[heads][edgeCount];
    for (int head = 0; head < heads; head++) {
      for (int edge = 0; edge < edgeCount; edge++) {
        double logit =
            sourceScores[graph.source(edge)][head] + targetScores[graph.target(edge)][head];
        logits[head][edge] = logit >= 0.0 ? logit : NEGATIVE_SLOPE * logit;
      }
    }
    return logits;
  }

  /**
   * Replaces each head's logits by their softmax over the edges entering the same target.
   *
   * <p>Subtracting the maximum per target keeps {@code exp} from overflowing and does not change
   * the result. PyTorch Geometric adds 1e-16 to the denominator, which is at least 1 after the
   * subtraction, so in double precision that term is below half an ulp and is left out here.
   */
  private static void softmaxByTarget(GatGraph graph, double[][] logits) {
    int nodeCount = graph.nodeCount();
    int edgeCount = graph.edgeCount();
    double[] max = new double[nodeCount];
    double[] sum = new double[nodeCount];
    for (double[] headLogits : logits) {
      Arrays.fill(max, Double.NEGATIVE_INFINITY);
      Arrays.fill(sum, 0.0);
      for (int edge = 0; edge < edgeCount; edge++) {
        int target = graph.target(edge);
        max[target] = Math.max(max[target], headLogits[edge]);
      }
      for (int edge = 0; edge < edgeCount; edge++) {
        int target = graph.target(edge);
        headLogits[edge] = Math.exp(headLogits[edge] - max[target]);
        sum[target] += headLogits[edge];
      }
      for (int edge = 0; edge < edgeCount; edge++) {
        headLogits[edge] /= sum[graph.target(edge)];
      }
    }
  }

  /** Sums {@code α_ij^h x'_j^h} over the edges entering each node and adds the bias. */
  private static double[][] aggregate(
      GatGraph graph, double[][] projected, double[][] attention, GatLayerWeights weights) {
    int channels = weights.outChannels();
    int width = weights.outputWidth();
    double[][] output = new double[graph.nodeCount()][width];
    for (int head = 0; head < weights.heads(); head++) {
      int offset = head * channels;
      for (int edge = 0; edge < graph.edgeCount(); edge++) {
        double alpha = attention[head][edge];
        double[] message = projected[graph.source(edge)];
        double[] sum = output[graph.target(edge)];
        for (int channel = offset; channel < offset + channels; channel++) {
          sum[channel] += alpha * message[channel];
        }
      }
    }
    for (double[] row : output) {
      for (int channel = 0; channel < width; channel++) {
        row[channel] += weights.bias(channel);
      }
    }
    return output;
  }

  private static void checkInput(GatGraph graph, double[][] x, int inChannels) {
    Objects.requireNonNull(x, "x");
    if (x.length != graph.nodeCount()) {
      throw new IllegalArgumentException(
          "x has "
              + x.length
              + " rows but the graph has "
              + graph.nodeCount()
              + " nodes; expected one row per node");
    }
    for (int node = 0; node < x.length; node++) {
      Objects.requireNonNull(x[node], "x row");
      if (x[node].length != inChannels) {
        throw new IllegalArgumentException(
            "x["
                + node
                + "] has "
                + x[node].length
                + " values; the layer expects "
                + inChannels
                + " input channels");
      }
      for (int column = 0; column < inChannels; column++) {
        if (!Double.isFinite(x[node][column])) {
          throw new IllegalArgumentException(
              "x["
                  + node
                  + "]["
                  + column
                  + "] is "
                  + x[node][column]
                  + "; every input feature must be finite");
        }
      }
    }
  }
}
