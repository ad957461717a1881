package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.faultline.analysis.attention.DirectedEdge;

/** Builds structure inputs for tests from short notations. */
final class Inputs {

  private Inputs() {}

  /** Returns edges from notations such as {@code "a>b"}, dependency first. */
  static List<DirectedEdge> edges(String... notations) {
    List<DirectedEdge> edges = new ArrayList<>();
    for (String notation : notations) {
      String[] ends = notation.split(">");
      edges.add(new DirectedEdge(ends[0], ends[1]));
    }
    return edges;
  }

  /** Returns a table with features f0, f1, … and the given rows, one per service. */
  static FeatureTable table(List<String> services, double[][] rows) {
    List<String> names = new ArrayList<>();
    for (int f = 0; f < rows[0].length; f++) {
      names.add("f" + f);
    }
    List<FeatureTable.Row> tableRows = new ArrayList<>();
    for (int node = 0; node < services.size(); node++) {
      List<Double> values = new ArrayList<>();
      for (double value : rows[node]) {
        values.add(value);
      }
      tableRows.add(new FeatureTable.Row(services.get(node), values));
    }
    return new FeatureTable(names, tableRows);
  }

  /**
   * Returns outcomes with the given impacts; {@code orders[i]} is the degradation position of
   * service {@code i}, or 0 if it never degraded.
   */
  static List<ServiceOutcome> outcomes(List<String> services, double[] impacts, int[] orders) {
    List<ServiceOutcome> outcomes = new ArrayList<>();
    for (int node = 0; node < services.size(); node++) {
      OptionalInt order = orders[node] == 0 ? OptionalInt.empty() : OptionalInt.of(orders[node]);
      outcomes.add(new ServiceOutcome(services.get(node), impacts[node], order));
    }
    return outcomes;
  }

  /** Returns settings with the default ensemble and {@code permutations} controls. */
  static StructureSettings settings(int permutations) {
    return new StructureSettings(42, 16, 4, 8, permutations, 1);
  }

  /**
   * Draws a random input: {@code n} services with a random acyclic dependency graph, 3 features,
   * random impacts, random degraded services and propagated edges among the dependencies.
   */
  static StructureInput random(SplittableRandom random, int n) {
    List<String> services = new ArrayList<>();
    for (int node = 0; node < n; node++) {
      services.add("s" + node);
    }
    List<DirectedEdge> dependencies = new ArrayList<>();
    for (int target = 1; target < n; target++) {
      for (int source = 0; source < target; source++) {
        if (random.nextInt(3) == 0) {
          dependencies.add(new DirectedEdge(services.get(source), services.get(target)));
        }
      }
    }
    double[][] features = new double[n][3];
    double[] impacts = new double[n];
    int[] orders = new int[n];
    for (int node = 0; node < n; node++) {
      for (int f = 0; f < 3; f++) {
        features[node][f] = random.nextDouble(-1.0, 3.0);
      }
      impacts[node] = random.nextDouble();
      orders[node] = random.nextBoolean() ? random.nextInt(1, n + 1) : 0;
    }
    List<DirectedEdge> propagated = new ArrayList<>();
    for (DirectedEdge edge : dependencies) {
      if (random.nextBoolean()) {
        propagated.add(edge);
      }
    }
    return new StructureInput(
        services,
        dependencies,
        table(services, features),
        List.of(services.get(0)),
        outcomes(services, impacts, orders),
        propagated);
  }
}
