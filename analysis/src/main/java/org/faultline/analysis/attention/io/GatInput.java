package org.faultline.analysis.attention.io;

import java.util.List;
import org.faultline.analysis.attention.GatGraph;

/**
 * The graph and node features read from EDGES.csv and FEATURES.csv.
 *
 * <p>Nodes are in FEATURES.csv row order, features in its column order. Instances are immutable and
 * thread-safe: {@link #features()} returns a copy.
 */
public final class GatInput {

  private final GatGraph graph;
  private final List<String> featureNames;
  private final double[][] features;

  GatInput(GatGraph graph, List<String> featureNames, double[][] features) {
    this.graph = graph;
    this.featureNames = List.copyOf(featureNames);
    this.features = features;
  }

  /** Returns the graph, with input self-loops removed and one self-loop per node appended. */
  public GatGraph graph() {
    return graph;
  }

  /** Returns the feature names from the FEATURES.csv header, without the node column. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Returns a copy of the features {@code [N][F]}, rows in node order. */
  public double[][] features() {
    double[][] copy = new double[features.length][];
    for (int node = 0; node < features.length; node++) {
      copy[node] = features[node].clone();
    }
    return copy;
  }
}
