package org.faultline.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxProductPathsTest {

  @Test
  void edgesTo_longerPathWithLargerProduct_chosen() {
    /* Edges 0: 0→2 (α 0.1), 1: 0→1 (0.9), 2: 1→2 (0.9); 0.81 beats 0.1. */
    MaxProductPaths paths =
        new MaxProductPaths(
            3, new int[] {0, 0, 1}, new int[] {2, 1, 2}, new double[] {0.1, 0.9, 0.9});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 2)).containsExactly(1, 2);
  }

  @Test
  void edgesTo_equalProducts_fewerEdgesWin() {
    /* Edges 0: 0→1 (0.5), 1: 1→2 (1), 2: 0→2 (0.5); both paths to 2 have product 0.5. */
    MaxProductPaths paths =
        new MaxProductPaths(
            3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {0.5, 1.0, 0.5});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 2)).containsExactly(2);
  }

  @Test
  void edgesTo_fullTie_earlierPredecessor() {
    /* Diamond 0→{2,1}→3 with equal attention everywhere: the path through node 1 wins. */
    MaxProductPaths paths =
        new MaxProductPaths(
            4, new int[] {0, 0, 2, 1}, new int[] {2, 1, 3, 3}, new double[] {0.5, 0.5, 0.25, 0.25});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 3)).containsExactly(1, 3);
  }

  @Test
  void edgesTo_zeroAttentionEdge_skipped() {
    MaxProductPaths paths =
        new MaxProductPaths(2, new int[] {0}, new int[] {1}, new double[] {0.0});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 1)).isEmpty();
  }

  @Test
  void edgesTo_againstEdgeDirection_unreachable() {
    MaxProductPaths paths =
        new MaxProductPaths(2, new int[] {1}, new int[] {0}, new double[] {0.7});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 1)).isEmpty();
  }

  @Test
  void edgesTo_start_isEmpty() {
    MaxProductPaths paths =
        new MaxProductPaths(2, new int[] {0}, new int[] {1}, new double[] {0.7});

    int[] tree = paths.lastEdges(0);

    assertThat(paths.edgesTo(tree, 0)).isEmpty();
  }
}
