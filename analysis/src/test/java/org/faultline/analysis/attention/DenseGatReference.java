package org.faultline.analysis.attention;

/**
 * A second implementation of the two-layer network, written from the equations in a different form,
 * to check {@link GatNetwork} against.
 *
 * <p>It works on a dense multiplicity matrix {@code count[i][j]}, the number of edges {@code j → i}
 * after dropping input self-loops and adding one per node, and loops over heads explicitly. Its
 * softmax divides {@code count·exp(e)} by the row sum without subtracting the maximum, so it is
 * only meant for the moderate logits of random test weights.
 */
public final class DenseGatReference {

  /** Attention of one layer: {@code alpha[h][i][j]} of one edge {@code j → i}, and its output. */
  public record Layer(double[][][] alpha, double[][] output) {}

  /** Both layers and the salience per node. */
  public record Result(Layer first, Layer second, double[] salience) {}

  private DenseGatReference() {}

  /** Builds the multiplicity matrix {@code count[target][source]} with one self-loop per node. */
  public static int[][] countMatrix(int nodeCount, int[] sources, int[] targets) {
    int[][] count = new int[nodeCount][nodeCount];
    for (int e = 0; e < sources.length; e++) {
      if (sources[e] != targets[e]) {
        count[targets[e]][sources[e]] += 1;
      }
    }
    for (int i = 0; i < nodeCount; i++) {
      count[i][i] = 1;
    }
    return count;
  }

  /** Computes both layers, ReLU between them and the sigmoid after them. */
  public static Result network(int[][] count, double[][] x, GatWeights weights) {
    Layer first = layer(count, x, weights.first());
    int n = x.length;
    double[][] hidden = new double[n][];
    for (int i = 0; i < n; i++) {
      hidden[i] = first.output()[i].clone();
      for (int k = 0; k < hidden[i].length; k++) {
        if (hidden[i][k] < 0) {
          hidden[i][k] = 0;
        }
      }
    }
    Layer second = layer(count, hidden, weights.second());
    double[] salience = new double[n];
    for (int i = 0; i < n; i++) {
      salience[i] = Math.exp(second.output()[i][0]) / (1 + Math.exp(second.output()[i][0]));
    }
    return new Result(first, second, salience);
  }

  /** Computes one layer: per head, project, score every pair, normalise each row, mix. */
  public static Layer layer(int[][] count, double[][] x, GatLayerWeights weights) {
    int n = x.length;
    int heads = weights.heads();
    int channels = weights.outChannels();
    double[][] w = weights.linWeight();
    double[][] attSrc = weights.attSrc();
    double[][] attDst = weights.attDst();
    double[] bias = weights.bias();

    double[][][] alpha = new double[heads][n][n];
    double[][] output = new double[n][heads * channels];
    for (int h = 0; h < heads; h++) {
      double[][] z = new double[n][channels];
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < channels; c++) {
          for (int f = 0; f < x[i].length; f++) {
            z[i][c] += w[h * channels + c][f] * x[i][f];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        double[] weight = new double[n];
        double total = 0;
        for (int j = 0; j < n; j++) {
          if (count[i][j] == 0) {
            continue;
          }
          double logit = dot(attSrc[h], z[j]) + dot(attDst[h], z[i]);
          double activated = logit < 0 ? 0.2 * logit : logit;
          weight[j] = Math.exp(activated);
          total += count[i][j] * weight[j];
        }
        for (int j = 0; j < n; j++) {
          alpha[h][i][j] = weight[j] / total;
          for (int c = 0; c < channels; c++) {
            output[i][h * channels + c] += count[i][j] * alpha[h][i][j] * z[j][c];
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < heads * channels; k++) {
        output[i][k] += bias[k];
      }
    }
    return new Layer(alpha, output);
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }
}
