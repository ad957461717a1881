package org.faultline.analysis.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {

  @Test
  void of_chain_oneLayerPerHop() {
    // power -> water -> hospital
    GraphLayout layout = GraphLayout.of(3, new int[] {0, 1}, new int[] {1, 2});

    assertThat(layers(layout, 3)).containsExactly(0, 1, 2);
  }

  @Test
  void of_shortChainBesideLongOne_endsInLastLayer() {
    // power -> water -> hospital, and police -> hospital: police sits next to hospital.
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1, 3}, new int[] {1, 2, 2});

    assertThat(layers(layout, 4)).containsExactly(0, 1, 2, 1);
  }

  @Test
  void of_servicesNothingDependsOn_inLastLayer() {
    // power -> water -> hospital, power -> school, and an isolated weather service.
    GraphLayout layout = GraphLayout.of(5, new int[] {0, 1, 0}, new int[] {1, 2, 3});

    assertThat(layers(layout, 5)).containsExactly(0, 1, 2, 2, 2);
  }

  @Test
  void of_twoNodeCycle_sharesLayerBeforeDependents() {
    // power <-> telecom, power -> water, telecom -> hospital, water -> hospital
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1, 0, 1, 2}, new int[] {1, 0, 2, 3, 3});

    assertThat(layers(layout, 4)).containsExactly(0, 0, 1, 2);
  }

  @Test
  void of_threeNodeCycle_sharesLayerBeforeDependents() {
    // a -> b -> c -> a, feeder -> a, c -> dependent
    GraphLayout layout = GraphLayout.of(5, new int[] {0, 1, 2, 3, 2}, new int[] {1, 2, 0, 0, 4});

    assertThat(layers(layout, 5)).containsExactly(1, 1, 1, 0, 2);
  }

  @Test
  void of_selfLoop_ignoredForLayers() {
    GraphLayout layout = GraphLayout.of(2, new int[] {0, 0}, new int[] {0, 1});

    assertThat(layers(layout, 2)).containsExactly(0, 1);
  }

  @Test
  void of_noNodes_noLayers() {
    assertThat(GraphLayout.of(0, new int[0], new int[0]).layerCount()).isZero();
  }

  @Test
  void of_randomGraphsWithCycles_edgesNeverPointBackwards() {
    SplittableRandom random = new SplittableRandom(20_240_601L);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(12);
      int m = random.nextInt(3 * n);
      int[] sources = random.ints(m, 0, n).toArray();
      int[] targets = random.ints(m, 0, n).toArray();

      GraphLayout layout = GraphLayout.of(n, sources, targets);

      for (int e = 0; e < m; e++) {
        int from = layout.layerOf(sources[e]);
        int to = layout.layerOf(targets[e]);
        boolean sameComponent = reaches(n, sources, targets, targets[e], sources[e]);
        assertThat(sameComponent ? to == from : to > from)
            .as("trial %d, edge %d -> %d: layers %d -> %d", trial, sources[e], targets[e], from, to)
            .isTrue();
      }
    }
  }

  @Test
  void of_randomGraphs_columnsHoldEveryNodeOnce() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int trial = 0; trial < 100; trial++) {
      int n = 1 + random.nextInt(12);
      int m = random.nextInt(3 * n);
      GraphLayout layout =
          GraphLayout.of(n, random.ints(m, 0, n).toArray(), random.ints(m, 0, n).toArray());

      List<Integer> placed = new ArrayList<>();
      for (int layer = 0; layer < layout.layerCount(); layer++) {
        for (int slot : layout.column(layer)) {
          if (slot < n) {
            placed.add(slot);
          }
        }
      }
      assertThat(placed)
          .as("trial %d", trial)
          .containsExactlyInAnyOrderElementsOf(IntStream.range(0, n).boxed().toList());
    }
  }

  @Test
  void of_edgeSkippingTwoLayers_waypointInEachSkippedLayer() {
    // a -> b -> c -> d, and a -> d skips the layers of b and c.
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 3});

    int[] waypoints = layout.waypoints(3);
    assertThat(waypoints).hasSize(2);
    assertThat(layout.layerOf(waypoints[0])).isEqualTo(1);
    assertThat(layout.layerOf(waypoints[1])).isEqualTo(2);
  }

  @Test
  void of_edgeToNextLayer_noWaypoints() {
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 3});

    assertThat(layout.waypoints(0)).isEmpty();
  }

  @Test
  void of_waypoints_placedInTheirLayersColumn() {
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1, 2, 0}, new int[] {1, 2, 3, 3});

    for (int waypoint : layout.waypoints(3)) {
      assertThat(layout.column(layout.layerOf(waypoint))).contains(waypoint);
    }
  }

  @Test
  void of_crossingEdges_barycentreUncrossesThem() {
    // a -> x and b -> y, with y before x in node order: the pass puts x first, beside a.
    GraphLayout layout = GraphLayout.of(4, new int[] {0, 1}, new int[] {3, 2});

    assertThat(layout.column(1)).containsExactly(3, 2);
  }

  private static List<Integer> layers(GraphLayout layout, int n) {
    List<Integer> layers = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      layers.add(layout.layerOf(v));
    }
    return layers;
  }

  /** Tells whether a path leads from {@code from} to {@code to}, by breadth-first search. */
  private static boolean reaches(int n, int[] sources, int[] targets, int from, int to) {
    boolean[] seen = new boolean[n];
    Deque<Integer> queue = new ArrayDeque<>(List.of(from));
    seen[from] = true;
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (node == to) {
        return true;
      }
      for (int e = 0; e < sources.length; e++) {
        if (sources[e] == node && !seen[targets[e]]) {
          seen[targets[e]] = true;
          queue.add(targets[e]);
        }
      }
    }
    return false;
  }
}
