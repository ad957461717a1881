package org.faultline.analysis.attention;

import java.util.Objects;

/**
 * The parameters of one graph attention layer, shaped as in PyTorch Geometric's {@code GATConv}.
 *
 * <p>With {@code H} heads, {@code C} output channels per head and {@code F} input channels: the
 * linear map {@code lin.weight} is {@code [H·C][F]} and row {@code h·C + c} belongs to channel
 * {@code c} of head {@code h}; {@code att_src} and {@code att_dst} are {@code [H][C]} (PyTorch's
 * {@code [1, H, C]} without the leading 1); the bias is {@code [H·C]}. Every value is finite.
 *
 * <p>Instances are immutable and thread-safe: the constructor and the accessors copy the arrays.
 */
public final class GatLayerWeights {

  private final int heads;
  private final int inChannels;
  private final int outChannels;
  private final double[][] linWeight;
  private final double[][] attSrc;
  private final double[][] attDst;
  private final double[] bias;

  /**
   * Creates layer weights from copies of the given arrays.
   *
   * @param linWeight linear map {@code [H·C][F]}, without bias
   * @param attSrc attention vector applied to the source node {@code [H][C]}
   * @param attDst attention vector applied to the target node {@code [H][C]}
   * @param bias bias added after aggregation {@code [H·C]}
   * @throws IllegalArgumentException if a dimension is 0, the shapes do not fit together, or a
   *     value is NaN or infinite
   */
  public GatLayerWeights(
      double[][] linWeight, double[][] attSrc, double[][] attDst, double[] bias) {
    Objects.requireNonNull(linWeight, "linWeight");
    Objects.requireNonNull(attSrc, "attSrc");
    Objects.requireNonNull(attDst, "attDst");
    Objects.requireNonNull(bias, "bias");
    if (attSrc.length == 0 || attSrc[0] == null || attSrc[0].length == 0) {
      throw new IllegalArgumentException(
          "attSrc must be [heads][outChannels] with heads >= 1 and outChannels >= 1");
    }
    if (linWeight.length == 0 || linWeight[0] == null || linWeight[0].length == 0) {
      throw new IllegalArgumentException(
          "linWeight must be [heads*outChannels][inChannels] with inChannels >= 1");
    }
    this.heads = attSrc.length;
    this.outChannels = attSrc[0].length;
    this.inChannels = linWeight[0].length;
    int width = Math.multiplyExact(heads, outChannels);

    this.linWeight = copyMatrix("linWeight", linWeight, width, inChannels);
    this.attSrc = copyMatrix("attSrc", attSrc, heads, outChannels);
    this.attDst = copyMatrix("attDst", attDst, heads, outChannels);
    this.bias = copyVector("bias", bias, width);
  }

  /** Returns the number of attention heads {@code H}, at least 1. */
  public int heads() {
    return heads;
  }

  /** Returns the number of input channels {@code F} per node, at least 1. */
  public int inChannels() {
    return inChannels;
  }

  /** Returns the number of output channels {@code C} per head, at least 1. */
  public int outChannels() {
    return outChannels;
  }

  /** Returns the width {@code H·C} of the layer's output, heads concatenated. */
  public int outputWidth() {
    return heads * outChannels;
  }

  /** Returns a copy of the linear map {@code [H·C][F]}. */
  public double[][] linWeight() {
    return copyMatrix("linWeight", linWeight, linWeight.length, inChannels);
  }

  /** Returns a copy of the source attention vectors {@code [H][C]}. */
  public double[][] attSrc() {
    return copyMatrix("attSrc", attSrc, heads, outChannels);
  }

  /** Returns a copy of the target attention vectors {@code [H][C]}. */
  public double[][] attDst() {
    return copyMatrix("attDst", attDst, heads, outChannels);
  }

  /** Returns a copy of the bias {@code [H·C]}. */
  public double[] bias() {
    return bias.clone();
  }

  /** Returns entry {@code [row][column]} of the linear map. */
  double linWeight(int row, int column) {
    return linWeight[row][column];
  }

  /** Returns entry {@code [head][channel]} of the source attention vectors. */
  double attSrc(int head, int channel) {
    return attSrc[head][channel];
  }

  /** Returns entry {@code [head][channel]} of the target attention vectors. */
  double attDst(int head, int channel) {
    return attDst[head][channel];
  }

  /** Returns entry {@code [index]} of the bias. */
  double bias(int index) {
    return bias[index];
  }

  private static double[][] copyMatrix(String name, double[][] matrix, int rows, int columns) {
    if (matrix.length != rows) {
      throw new IllegalArgumentException(
          name + " has " + matrix.length + " rows; expected " + rows);
    }
    double[][] copy = new double[rows][];
    for (int row = 0; row < rows; row++) {
      copy[row] = copyVector(name + "[" + row + "]", matrix[row], columns);
    }
    return copy;
  }

  private static double[] copyVector(String name, double[] vector, int length) {
    Objects.requireNonNull(vector, name);
    if (vector.length != length) {
      throw new IllegalArgumentException(
          name + " has " + vector.length + " entries; expected " + length);
    }
    for (int i = 0; i < length; i++) {
      if (!Double.isFinite(vector[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] is " + vector[i] + "; every weight must be finite");
      }
    }
    return vector.clone();
  }
}
