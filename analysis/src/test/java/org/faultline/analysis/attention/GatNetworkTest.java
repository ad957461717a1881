package org.faultline.analysis.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GatNetworkTest {

  private static final Offset<Double> EXACT = within(1e-12);

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void forward_twoNodes_matchesHandComputation() {
    // Graph a → b; edge order a → b, a → a, b → b. Features a = 2, b = 1.
    GatGraph graph = GatGraph.of(List.of("a", "b"), List.of(new DirectedEdge("a", "b")));
    double[][] x = {{2}, {1}};
    // Layer 1: two heads of one channel, W = (1, −1), zero attention vectors so every edge into
    // a node gets the same weight, bias (0, 0.5).
    GatLayerWeights first =
        new GatLayerWeights(
            new double[][] {{1}, {-1}},
            new double[][] {{0}, {0}},
            new double[][] {{0}, {0}},
            new double[] {0, 0.5});
    // Layer 2: W = (1, 1), a_src = 1, a_dst = 0, bias −1.
    GatLayerWeights second =
        new GatLayerWeights(
            new double[][] {{1, 1}}, new double[][] {{1}}, new double[][] {{0}}, new double[] {-1});

    GatScores scores = GatNetwork.forward(graph, x, new GatWeights(first, second));

    // Layer 1: a attends only to itself: (2, −2 + 0.5) → ReLU (2, 0). b averages a and b:
    // ((2 + 1) / 2, (−2 − 1) / 2 + 0.5) = (1.5, −1) → ReLU (1.5, 0).
    // Layer 2: x' = (2, 1.5); e(a→b) = 2, e(b→b) = 1.5, so α(a→b) = 1 / (1 + e^−0.5).
    double alphaAb = 1 / (1 + Math.exp(-0.5));
    assertThat(scores.attention(1, 0, 0)).isCloseTo(0.5, EXACT);
    assertThat(scores.attention(1, 1, 2)).isCloseTo(0.5, EXACT);
    assertThat(scores.attention(2, 0, 0)).isCloseTo(alphaAb, EXACT);
    assertThat(scores.attention(2, 0, 2)).isCloseTo(1 - alphaAb, EXACT);
    assertThat(scores.score(0)).isCloseTo(sigmoid(2 - 1), EXACT);
    assertThat(scores.score(1)).isCloseTo(sigmoid(alphaAb * 2 + (1 - alphaAb) * 1.5 - 1), EXACT);
    assertThat(scores.scoreStd(1)).isZero();
  }

  @Test
  void forward_permutedNodes_permutesOutputsOnly() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 30; trial++) {
      RandomGatCases.Case original = RandomGatCases.randomCase(random);
      GatWeights weights =
          RandomGatCases.randomWeights(
              random, original.features()[0].length, random.nextInt(1, 5), random.nextInt(1, 5));
      int n = original.nodeIds().size();
      int[] newIndex = shuffledIndexes(random, n);
      RandomGatCases.Case permuted = permute(original, newIndex);

      GatScores before = GatNetwork.forward(original.graph(), original.features(), weights);
      GatScores after = GatNetwork.forward(permuted.graph(), permuted.features(), weights);

      GatGraph graph = before.graph();
      for (int node = 0; node < n; node++) {
        assertThat(after.score(newIndex[node]))
            .as("trial %d node %d", trial, node)
            .isCloseTo(before.score(node), EXACT);
      }
      for (int layer = 1; layer <= GatScores.LAYER_COUNT; layer++) {
        for (int head = 0; head < before.heads(layer); head++) {
          for (int edge = 0; edge < graph.edgeCount(); edge++) {
            int afterEdge =
                graph.isSelfLoop(edge)
                    ? graph.inputEdgeCount() + newIndex[graph.source(edge)]
                    : edge;
            assertThat(after.attention(layer, head, afterEdge))
                .as("trial %d layer %d head %d edge %d", trial, layer, head, edge)
                .isCloseTo(before.attention(layer, head, edge), EXACT);
          }
        }
      }
    }
  }

  @Test
  void forward_randomGraphs_salienceInsideUnitInterval() {
    SplittableRandom random = new SplittableRandom(13);
    for (int trial = 0; trial < 20; trial++) {
      RandomGatCases.Case randomCase = RandomGatCases.randomCase(random);
      GatWeights weights = GlorotWeights.draw(trial, randomCase.features()[0].length, 4, 8);

      GatScores scores = GatNetwork.forward(randomCase.graph(), randomCase.features(), weights);

      for (int node = 0; node < randomCase.nodeIds().size(); node++) {
        assertThat(scores.score(node))
            .as("trial %d node %d", trial, node)
            .isStrictlyBetween(0.0, 1.0);
      }
    }
  }

  /** Returns a random permutation: old node {@code i} becomes node {@code result[i]}. */
  private static int[] shuffledIndexes(SplittableRandom random, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** Relabels the nodes; edges keep their order and point to the relabelled nodes. */
  private static RandomGatCases.Case permute(RandomGatCases.Case original, int[] newIndex) {
    int n = newIndex.length;
    List<String> ids = new ArrayList<>(original.nodeIds());
    double[][] features = new double[n][];
    for (int node = 0; node < n; node++) {
      ids.set(newIndex[node], original.nodeIds().get(node));
      features[newIndex[node]] = original.features()[node].clone();
    }
    int[] sources = new int[original.sources().length];
    int[] targets = new int[original.targets().length];
    for (int edge = 0; edge < sources.length; edge++) {
      sources[edge] = newIndex[original.sources()[edge]];
      targets[edge] = newIndex[original.targets()[edge]];
    }
    return new RandomGatCases.Case(ids, sources, targets, features);
  }
}
