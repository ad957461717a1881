package org.faultline.analysis.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Checks the network against {@link DenseGatReference} on seeded random graphs and weights. */
class ReferenceAgreementTest {

  private static final Offset<Double> CLOSE = within(1e-9);

  @Test
  void forward_randomCases_agreeWithReference() {
    SplittableRandom random = new SplittableRandom(2018);
    for (int trial = 0; trial < 60; trial++) {
      RandomGatCases.Case randomCase = RandomGatCases.randomCase(random);
      int featureCount = randomCase.features()[0].length;
      GatWeights weights =
          random.nextBoolean()
              ? RandomGatCases.randomWeights(
                  random, featureCount, random.nextInt(1, 5), random.nextInt(1, 6))
              : GlorotWeights.draw(random.nextLong(), featureCount, 4, 8);

      GatScores scores = GatNetwork.forward(randomCase.graph(), randomCase.features(), weights);
      DenseGatReference.Result reference =
          DenseGatReference.network(randomCase.countMatrix(), randomCase.features(), weights);

      assertAgrees(trial, scores, reference);
    }
  }

  /** Asserts equal salience and, for every edge of every layer and head, equal attention. */
  public static void assertAgrees(int trial, GatScores scores, DenseGatReference.Result reference) {
    GatGraph graph = scores.graph();
    for (int node = 0; node < graph.nodeCount(); node++) {
      assertThat(scores.score(node))
          .as("trial %d node %d", trial, node)
          .isCloseTo(reference.salience()[node], CLOSE);
    }
    DenseGatReference.Layer[] layers = {reference.first(), reference.second()};
    for (int layer = 1; layer <= GatScores.LAYER_COUNT; layer++) {
      double[][][] alpha = layers[layer - 1].alpha();
      for (int head = 0; head < scores.heads(layer); head++) {
        for (int edge = 0; edge < graph.edgeCount(); edge++) {
          double expected = alpha[head][graph.target(edge)][graph.source(edge)];
          assertThat(scores.attention(layer, head, edge))
              .as("trial %d layer %d head %d edge %d", trial, layer, head, edge)
              .isCloseTo(expected, CLOSE);
        }
      }
    }
  }
}
