package org.faultline.analysis.attention;

import java.util.Objects;

/**
 * The parameters of the two-layer network: {@code gat1} with {@code heads} heads of {@code hidden}
 * channels each over {@code features} input channels, and {@code gat2} with one head of one channel
 * over the {@code heads·hidden} concatenated outputs of {@code gat1}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GatWeights {

  private final GatLayerWeights first;
  private final GatLayerWeights second;

  /**
   * Creates the network's weights from its two layers.
   *
   * @param first weights of {@code gat1}
   * @param second weights of {@code gat2}: one head, one output channel, and as many input channels
   *     as {@code first} has outputs
   * @throws IllegalArgumentException if the layers do not fit together
   */
  public GatWeights(GatLayerWeights first, GatLayerWeights second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (second.heads() != 1 || second.outChannels() != 1) {
      throw new IllegalArgumentException(
          "the second layer has "
              + second.heads()
              + " heads of "
              + second.outChannels()
              + " channels; expected 1 head of 1 channel");
    }
    if (second.inChannels() != first.outputWidth()) {
      throw new IllegalArgumentException(
          "the second layer takes "
              + second.inChannels()
              + " input channels but the first"
              + " layer outputs "
              + first.outputWidth()
              + " (heads "
              + first.heads()
              + " x hidden "
              + first.outChannels()
              + ")");
    }
    this.first = first;
    this.second = second;
  }

  /** Returns the weights of the first layer, {@code gat1}. */
  public GatLayerWeights first() {
    return first;
  }

  /** Returns the weights of the second layer, {@code gat2}. */
  public GatLayerWeights second() {
    return second;
  }

  /** Returns the number of input features per node. */
  public int featureCount() {
    return first.inChannels();
  }

  /** Returns the number of heads of the first layer. */
  public int heads() {
    return first.heads();
  }

  /** Returns the number of channels per head of the first layer. */
  public int hidden() {
    return first.outChannels();
  }
}
