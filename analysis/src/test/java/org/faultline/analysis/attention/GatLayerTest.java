package org.faultline.analysis.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class GatLayerTest {

  private static final Offset<Double> EXACT = within(1e-12);
  private static final double E = Math.E;

  /** Two nodes a and b and the edge a → b; edge order is a → b, a → a, b → b. */
  private static final GatGraph TWO_NODES =
      GatGraph.of(List.of("a", "b"), List.of(new DirectedEdge("a", "b")));

  private static GatLayerWeights scalarLayer(double w, double attSrc, double attDst, double bias) {
    return new GatLayerWeights(
        new double[][] {{w}},
        new double[][] {{attSrc}},
        new double[][] {{attDst}},
        new double[] {bias});
  }

  @Test
  void forward_twoNodes_matchesHandComputation() {
    // W = 1, so x' = x = (2, 1). Source scores a_src·x' = (2, 1), target scores 0.5·x' = (1, 0.5).
    // e(a→b) = 2 + 0.5 = 2.5, e(b→b) = 1 + 0.5 = 1.5, so α(a→b) = 1 / (1 + e^-1).
    GatLayerOutput out =
        GatLayer.forward(TWO_NODES, new double[][] {{2}, {1}}, scalarLayer(1, 1, 0.5, 0.25));

    double alphaAb = 1 / (1 + Math.exp(-1));
    assertThat(out.attention(0, 0)).isCloseTo(alphaAb, EXACT);
    assertThat(out.attention(0, 1)).isCloseTo(1.0, EXACT);
    assertThat(out.attention(0, 2)).isCloseTo(1 - alphaAb, EXACT);
    assertThat(out.output(0, 0)).isCloseTo(2 + 0.25, EXACT);
    assertThat(out.output(1, 0)).isCloseTo(alphaAb * 2 + (1 - alphaAb) * 1 + 0.25, EXACT);
  }

  @Test
  void forward_negativeLogits_scaledByNegativeSlope() {
    // Target scores −3·x' = (−6, −3). e(a→b) = 2 − 3 = −1 → −0.2; e(b→b) = 1 − 3 = −2 → −0.4.
    GatLayerOutput out =
        GatLayer.forward(TWO_NODES, new double[][] {{2}, {1}}, scalarLayer(1, 1, -3, 0));

    double alphaAb = 1 / (1 + Math.exp(-0.2));
    assertThat(out.attention(0, 0)).isCloseTo(alphaAb, EXACT);
    assertThat(out.output(1, 0)).isCloseTo(alphaAb * 2 + (1 - alphaAb), EXACT);
  }

  @Test
  void forward_threeNodesTwoHeads_matchesHandComputation() {
    // Edges 0→2, 1→2, 2→0, then self-loops 0, 1, 2. W picks x[0] for head 0 and 2·x[1] for
    // head 1, so x'^0 = (1, 0, 1) and x'^1 = (0, 2, 2).
    GatGraph graph =
        GatGraph.ofIndexes(List.of("n0", "n1", "n2"), new int[] {0, 1, 2}, new int[] {2, 2, 0});
    double[][] x = {{1, 0}, {0, 1}, {1, 1}};
    GatLayerWeights weights =
        new GatLayerWeights(
            new double[][] {{1, 0}, {0, 2}},
            new double[][] {{1}, {0.5}},
            new double[][] {{-1}, {1}},
            new double[] {0.1, -0.1});

    GatLayerOutput out = GatLayer.forward(graph, x, weights);

    // Head 0: source scores (1, 0, 1), target scores (−1, 0, −1).
    // Into 2: e(0→2) = 0, e(1→2) = −1 → −0.2, e(2→2) = 0. Into 0: e(2→0) = 0, e(0→0) = 0.
    double into2 = 2 + Math.exp(-0.2);
    assertThat(out.attention(0, 0)).isCloseTo(1 / into2, EXACT);
    assertThat(out.attention(0, 1)).isCloseTo(Math.exp(-0.2) / into2, EXACT);
    assertThat(out.attention(0, 2)).isCloseTo(0.5, EXACT);
    assertThat(out.attention(0, 3)).isCloseTo(0.5, EXACT);
    assertThat(out.attention(0, 4)).isCloseTo(1.0, EXACT);
    assertThat(out.attention(0, 5)).isCloseTo(1 / into2, EXACT);
    assertThat(out.output(0, 0)).isCloseTo(1 + 0.1, EXACT);
    assertThat(out.output(1, 0)).isCloseTo(0 + 0.1, EXACT);
    assertThat(out.output(2, 0)).isCloseTo(2 / into2 + 0.1, EXACT);

    // Head 1: source scores (0, 1, 1), target scores (0, 2, 2).
    // Into 2: e = 2, 3, 3, so α(0→2) = 1 / (1 + 2e). Into 0: e(2→0) = 1, e(0→0) = 0.
    assertThat(out.attention(1, 0)).isCloseTo(1 / (1 + 2 * E), EXACT);
    assertThat(out.attention(1, 1)).isCloseTo(E / (1 + 2 * E), EXACT);
    assertThat(out.attention(1, 2)).isCloseTo(E / (1 + E), EXACT);
    assertThat(out.attention(1, 3)).isCloseTo(1 / (1 + E), EXACT);
    assertThat(out.attention(1, 5)).isCloseTo(E / (1 + 2 * E), EXACT);
    assertThat(out.output(0, 1)).isCloseTo(2 * E / (1 + E) - 0.1, EXACT);
    assertThat(out.output(1, 1)).isCloseTo(2 - 0.1, EXACT);
    assertThat(out.output(2, 1)).isCloseTo(4 * E / (1 + 2 * E) - 0.1, EXACT);
  }

  @Test
  void forward_parallelEdges_eachTakesItsOwnShare() {
    // a → b twice: e(a→b) = 2.5 on both, e(b→b) = 1.5, so each copy gets e / (2e + 1).
    GatGraph graph =
        GatGraph.of(
            List.of("a", "b"), List.of(new DirectedEdge("a", "b"), new DirectedEdge("a", "b")));

    GatLayerOutput out =
        GatLayer.forward(graph, new double[][] {{2}, {1}}, scalarLayer(1, 1, 0.5, 0));

    assertThat(out.attention(0, 0)).isCloseTo(E / (2 * E + 1), EXACT);
    assertThat(out.attention(0, 1)).isCloseTo(E / (2 * E + 1), EXACT);
    assertThat(out.attention(0, 3)).isCloseTo(1 / (2 * E + 1), EXACT);
    assertThat(out.output(1, 0)).isCloseTo((4 * E + 1) / (2 * E + 1), EXACT);
  }

  @Test
  void forward_inputSelfLoop_sameAsWithout() {
    GatGraph withLoop =
        GatGraph.of(
            List.of("a", "b"), List.of(new DirectedEdge("b", "b"), new DirectedEdge("a", "b")));
    double[][] x = {{2}, {1}};
    GatLayerWeights weights = scalarLayer(1, 1, 0.5, 0.25);

    GatLayerOutput with = GatLayer.forward(withLoop, x, weights);
    GatLayerOutput without = GatLayer.forward(TWO_NODES, x, weights);

    assertThat(with.output()).isDeepEqualTo(without.output());
    assertThat(with.attention()).isDeepEqualTo(without.attention());
  }

  @Test
  void forward_isolatedNode_attendsOnlyToItself() {
    GatGraph graph = GatGraph.of(List.of("alone"), List.of());

    GatLayerOutput out = GatLayer.forward(graph, new double[][] {{3}}, scalarLayer(2, 5, -7, 1));

    assertThat(out.attention(0, 0)).isEqualTo(1.0);
    assertThat(out.output(0, 0)).isCloseTo(2 * 3 + 1, EXACT);
  }

  @Test
  void forward_hugeLogits_finiteAttention() {
    // Logits near 2000 would overflow exp without subtracting the maximum per target.
    GatLayerOutput out =
        GatLayer.forward(TWO_NODES, new double[][] {{1000}, {999}}, scalarLayer(1, 1, 1, 0));

    assertThat(out.attention(0, 0)).isCloseTo(1 / (1 + Math.exp(-1)), EXACT);
    assertThat(out.output(1, 0)).isFinite();
  }

  @Test
  void forward_randomGraphs_attentionSumsToOne() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 40; trial++) {
      RandomGatCases.Case randomCase = RandomGatCases.randomCase(random);
      GatGraph graph = randomCase.graph();
      int heads = random.nextInt(1, 5);
      GatLayerWeights weights =
          RandomGatCases.randomWeights(
                  random, randomCase.features()[0].length, heads, random.nextInt(1, 4))
              .first();

      GatLayerOutput out = GatLayer.forward(graph, randomCase.features(), weights);

      for (int head = 0; head < heads; head++) {
        double[] sums = new double[graph.nodeCount()];
        for (int edge = 0; edge < graph.edgeCount(); edge++) {
          sums[graph.target(edge)] += out.attention(head, edge);
        }
        for (double sum : sums) {
          assertThat(sum).as("trial %d head %d", trial, head).isCloseTo(1.0, EXACT);
        }
      }
    }
  }

  @Test
  void forward_wrongRowCount_throws() {
    assertThatThrownBy(
            () -> GatLayer.forward(TWO_NODES, new double[][] {{1}}, scalarLayer(1, 1, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x has 1 rows but the graph has 2 nodes; expected one row per node");
  }

  @Test
  void forward_wrongFeatureCount_throws() {
    assertThatThrownBy(
            () ->
                GatLayer.forward(TWO_NODES, new double[][] {{1}, {1, 2}}, scalarLayer(1, 1, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x[1] has 2 values; the layer expects 1 input channels");
  }

  @Test
  void forward_nonFiniteFeature_throws() {
    assertThatThrownBy(
            () ->
                GatLayer.forward(
                    TWO_NODES, new double[][] {{1}, {Double.NaN}}, scalarLayer(1, 1, 1, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x[1][0] is NaN; every input feature must be finite");
  }

  @Test
  void weights_nonFiniteValue_throws() {
    assertThatThrownBy(() -> scalarLayer(1, Double.POSITIVE_INFINITY, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attSrc[0][0] is Infinity; every weight must be finite");
  }

  @Test
  void weights_linRowsNotHeadsTimesHidden_throws() {
    assertThatThrownBy(
            () ->
                new GatLayerWeights(
                    new double[][] {{1}},
                    new double[][] {{1, 1}},
                    new double[][] {{1, 1}},
                    new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linWeight has 1 rows; expected 2");
  }
}
