package org.faultline.analysis.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatGraphTest {

  private static final List<String> NODES = List.of("power", "water", "hospital");

  @Test
  void of_edgeOrder_inputThenSelfLoops() {
    GatGraph graph =
        GatGraph.of(
            NODES,
            List.of(
                new DirectedEdge("water", "hospital"),
                new DirectedEdge("power", "hospital"),
                new DirectedEdge("power", "water")));

    assertThat(graph.edges())
        .containsExactly(
            new DirectedEdge("water", "hospital"),
            new DirectedEdge("power", "hospital"),
            new DirectedEdge("power", "water"),
            new DirectedEdge("power", "power"),
            new DirectedEdge("water", "water"),
            new DirectedEdge("hospital", "hospital"));
  }

  @Test
  void of_inputSelfLoop_droppedAndCounted() {
    GatGraph graph =
        GatGraph.of(
            NODES,
            List.of(
                new DirectedEdge("water", "water"),
                new DirectedEdge("power", "water"),
                new DirectedEdge("water", "water")));

    assertThat(graph.edges())
        .containsExactly(
            new DirectedEdge("power", "water"),
            new DirectedEdge("power", "power"),
            new DirectedEdge("water", "water"),
            new DirectedEdge("hospital", "hospital"));
    assertThat(graph.removedSelfLoopCount()).isEqualTo(2);
    assertThat(graph.inputEdgeCount()).isEqualTo(1);
  }

  @Test
  void of_parallelEdges_keptAsSeparateEdges() {
    GatGraph graph =
        GatGraph.of(
            NODES, List.of(new DirectedEdge("power", "water"), new DirectedEdge("power", "water")));

    assertThat(graph.inputEdgeCount()).isEqualTo(2);
    assertThat(graph.edgeCount()).isEqualTo(5);
  }

  @Test
  void isSelfLoop_addedLoopsOnly_true() {
    GatGraph graph = GatGraph.of(NODES, List.of(new DirectedEdge("power", "water")));

    assertThat(graph.isSelfLoop(0)).isFalse();
    assertThat(graph.isSelfLoop(1)).isTrue();
    assertThat(graph.isSelfLoop(3)).isTrue();
  }

  @Test
  void of_unknownNode_throws() {
    List<DirectedEdge> edges = List.of(new DirectedEdge("power", "telecom"));

    assertThatThrownBy(() -> GatGraph.of(NODES, edges))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"telecom\"");
  }

  @Test
  void of_duplicateNode_throws() {
    assertThatThrownBy(() -> GatGraph.of(List.of("a", "b", "a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate node id \"a\" at positions 0 and 2");
  }

  @Test
  void of_noNodes_throws() {
    assertThatThrownBy(() -> GatGraph.of(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one node");
  }

  @Test
  void ofIndexes_indexOutOfRange_throws() {
    assertThatThrownBy(() -> GatGraph.ofIndexes(NODES, new int[] {0}, new int[] {3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetIndexes[0] is 3; expected a node index in [0, 3)");
  }

  @Test
  void ofIndexes_lengthMismatch_throws() {
    assertThatThrownBy(() -> GatGraph.ofIndexes(NODES, new int[] {0, 1}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sourceIndexes has 2 entries but targetIndexes has 1");
  }
}
