package org.faultline.analysis.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random graphs, features and weights for tests. */
public final class RandomGatCases {

  /** Node ids that need CSV quoting or are not ASCII, mixed into random graphs. */
  private static final List<String> AWKWARD_IDS =
      List.of("water, north", "say \"hi\"", "Kraftwerk Süd", "電力", "line\nbreak", " padded ");

  /**
   * A random graph with features; the edges may include self-loops and parallel edges.
   *
   * @param nodeIds node ids in node order
   * @param sources source index of each input edge
   * @param targets target index of each input edge
   * @param features features {@code [N][F]}
   */
  public record Case(List<String> nodeIds, int[] sources, int[] targets, double[][] features) {

    /** Returns the graph of this case. */
    public GatGraph graph() {
      return GatGraph.ofIndexes(nodeIds, sources, targets);
    }

    /** Returns the dense multiplicity matrix of this case. */
    public int[][] countMatrix() {
      return DenseGatReference.countMatrix(nodeIds.size(), sources, targets);
    }
  }

  private RandomGatCases() {}

  /** Draws a graph of 1 to 12 nodes, up to three edges per node and 1 to 5 features. */
  public static Case randomCase(SplittableRandom random) {
    int nodeCount = random.nextInt(1, 13);
    List<String> nodeIds = new ArrayList<>();
    for (int node = 0; node < nodeCount; node++) {
      boolean awkward = random.nextInt(3) == 0;
      String base = awkward ? AWKWARD_IDS.get(random.nextInt(AWKWARD_IDS.size())) : "svc";
      nodeIds.add(base + "-" + node);
    }
    int edgeCount = random.nextInt(0, 3 * nodeCount + 1);
    int[] sources = new int[edgeCount];
    int[] targets = new int[edgeCount];
    for (int edge = 0; edge < edgeCount; edge++) {
      sources[edge] = random.nextInt(nodeCount);
      targets[edge] = random.nextInt(nodeCount);
    }
    int featureCount = random.nextInt(1, 6);
    double[][] features = new double[nodeCount][featureCount];
    for (double[] row : features) {
      for (int feature = 0; feature < featureCount; feature++) {
        row[feature] = random.nextDouble(-2.0, 2.0);
      }
    }
    return new Case(nodeIds, sources, targets, features);
  }

  /** Draws weights uniformly from [-1.5, 1.5], biases included. */
  public static GatWeights randomWeights(
      SplittableRandom random, int featureCount, int heads, int hidden) {
    int width = heads * hidden;
    GatLayerWeights first =
        new GatLayerWeights(
            matrix(random, width, featureCount),
            matrix(random, heads, hidden),
            matrix(random, heads, hidden),
            matrix(random, 1, width)[0]);
    GatLayerWeights second =
        new GatLayerWeights(
            matrix(random, 1, width),
            matrix(random, 1, 1),
            matrix(random, 1, 1),
            matrix(random, 1, 1)[0]);
    return new GatWeights(first, second);
  }

  private static double[][] matrix(SplittableRandom random, int rows, int columns) {
    double[][] matrix = new double[rows][columns];
    for (double[] row : matrix) {
      for (int column = 0; column < columns; column++) {
        row[column] = random.nextDouble(-1.5, 1.5);
      }
    }
    return matrix;
  }
}
