package org.faultline.cli.gat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An implementation of the two-layer network written for the command's tests, independent of the
 * analysis module: it keeps an incoming-edge list per node and normalises attention in the log
 * domain, {@code α = exp(e − logsumexp(e))}. It also draws seeded weights from the documented draw
 * order, so that the seeded output of the command can be checked as well.
 */
final class EdgeListGat {

  /** One directed edge, from a dependency to its dependent, as node indexes. */
  record Edge(int source, int target) {}

  /**
   * One layer: {@code lin[H·C][F]}, {@code attSrc[H][C]}, {@code attDst[H][C]} and {@code
   * bias[H·C]}.
   */
  record Layer(double[][] lin, double[][] attSrc, double[][] attDst, double[] bias) {

    int heads() {
      return attSrc.length;
    }

    int channels() {
      return attSrc[0].length;
    }
  }

  /** Both layers; the second has one head of one channel. */
  record Network(Layer first, Layer second) {}

  /**
   * The result: the edges as the layers see them (input edges without self-loops, then one
   * self-loop per node), the salience per node and the attention {@code [layer][head][edge]}.
   */
  record Output(List<Edge> edges, double[] salience, double[][][] alpha) {}

  private EdgeListGat() {}

  /** Runs both layers, ReLU between them and the sigmoid after them. */
  static Output run(int nodeCount, List<Edge> inputEdges, double[][] x, Network network) {
    List<Edge> edges = new ArrayList<>();
    for (Edge edge : inputEdges) {
      if (edge.source() != edge.target()) {
        edges.add(edge);
      }
    }
    for (int node = 0; node < nodeCount; node++) {
      edges.add(new Edge(node, node));
    }
    List<List<Integer>> incoming = new ArrayList<>();
    for (int node = 0; node < nodeCount; node++) {
      incoming.add(new ArrayList<>());
    }
    for (int k = 0; k < edges.size(); k++) {
      incoming.get(edges.get(k).target()).add(k);
    }

    double[][] firstAlpha = new double[network.first().heads()][edges.size()];
    double[][] hidden = layer(x, network.first(), edges, incoming, firstAlpha);
    for (double[] row : hidden) {
      for (int c = 0; c < row.length; c++) {
        row[c] = Math.max(row[c], 0.0);
      }
    }
    double[][] secondAlpha = new double[1][edges.size()];
    double[][] last = layer(hidden, network.second(), edges, incoming, secondAlpha);

    double[] salience = new double[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      salience[node] = 1.0 / (1.0 + Math.exp(-last[node][0]));
    }
    return new Output(edges, salience, new double[][][] {firstAlpha, secondAlpha});
  }

  private static double[][] layer(
      double[][] x,
      Layer layer,
      List<Edge> edges,
      List<List<Integer>> incoming,
      double[][] alphaOut) {
    int heads = layer.heads();
    int channels = layer.channels();
    double[][] z = new double[x.length][heads * channels];
    for (int node = 0; node < x.length; node++) {
      for (int row = 0; row < heads * channels; row++) {
        for (int f = 0; f < x[node].length; f++) {
          z[node][row] += layer.lin()[row][f] * x[node][f];
        }
      }
    }

    double[][] out = new double[x.length][heads * channels];
    for (int target = 0; target < x.length; target++) {
      List<Integer> into = incoming.get(target);
      for (int h = 0; h < heads; h++) {
        double[] logits = new double[into.size()];
        for (int k = 0; k < into.size(); k++) {
          int source = edges.get(into.get(k)).source();
          double raw = 0.0;
          for (int c = 0; c < channels; c++) {
            raw +=
                layer.attSrc()[h][c] * z[source][h * channels + c]
                    + layer.attDst()[h][c] * z[target][h * channels + c];
          }
          logits[k] = raw > 0 ? raw : 0.2 * raw;
        }
        double logSumExp = logSumExp(logits);
        for (int k = 0; k < into.size(); k++) {
          double alpha = Math.exp(logits[k] - logSumExp);
          alphaOut[h][into.get(k)] = alpha;
          int source = edges.get(into.get(k)).source();
          for (int c = 0; c < channels; c++) {
            out[target][h * channels + c] += alpha * z[source][h * channels + c];
          }
        }
      }
      for (int row = 0; row < heads * channels; row++) {
        out[target][row] += layer.bias()[row];
      }
    }
    return out;
  }

  private static double logSumExp(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      max = Math.max(max, value);
    }
    double sum = 0.0;
    for (double value : values) {
      sum += Math.exp(value - max);
    }
    return max + Math.log(sum);
  }

  /**
   * Draws seeded weights in the documented order: one SplittableRandom with the seed, each value
   * {@code a·(2u − 1)}, arrays row-major in the order gat1 lin, att_src, att_dst, then gat2 lin,
   * att_src, att_dst, with {@code a = sqrt(6 / (fan sum))} and zero biases.
   */
  static Network glorot(long seed, int features, int heads, int hidden) {
    SplittableRandom random = new SplittableRandom(seed);
    int width = heads * hidden;
    double[][] lin1 = draw(random, width, features, Math.sqrt(6.0 / (features + width)));
    double[][] src1 = draw(random, heads, hidden, Math.sqrt(6.0 / (heads + hidden)));
    double[][] dst1 = draw(random, heads, hidden, Math.sqrt(6.0 / (heads + hidden)));
    double[][] lin2 = draw(random, 1, width, Math.sqrt(6.0 / (width + 1)));
    double[][] src2 = draw(random, 1, 1, Math.sqrt(3.0));
    double[][] dst2 = draw(random, 1, 1, Math.sqrt(3.0));
    return new Network(
        new Layer(lin1, src1, dst1, new double[width]), new Layer(lin2, src2, dst2, new double[1]));
  }

  private static double[][] draw(SplittableRandom random, int rows, int columns, double limit) {
    double[][] values = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        values[r][c] = limit * (2.0 * random.nextDouble() - 1.0);
      }
    }
    return values;
  }
}
