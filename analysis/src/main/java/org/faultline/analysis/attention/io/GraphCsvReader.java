package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.faultline.analysis.attention.GatGraph;

/**
 * Reads the dependency graph from EDGES.csv and the node features from FEATURES.csv.
 *
 * <p>Both files are UTF-8 (a leading byte order mark is ignored) and RFC 4180 CSV, so a node id may
 * contain commas, double quotes or line breaks when the field is quoted. Empty lines are skipped.
 *
 * <ul>
 *   <li>EDGES.csv has the header {@code source,target} and one edge per row, from a dependency to
 *       the service that depends on it. A file with only the header is a graph without edges.
 *   <li>FEATURES.csv has the header {@code node,<feature names…>} with at least one feature, and
 *       one row per node with a finite decimal number per feature ({@code 0.25}, {@code -3}, {@code
 *       1e-3}; no {@code NaN}, {@code inf} or surrounding spaces). Its row order is the node order
 *       of every result.
 * </ul>
 *
 * <p>Node ids are compared exactly, without trimming. Every node named in EDGES.csv needs a row in
 * FEATURES.csv, and nodes without edges are allowed. All problems of both files are collected and
 * thrown together. Two kinds of problem hide others: the rows of a file whose header is invalid are
 * not checked, and node ids are not matched across the files when either file cannot be read or
 * parsed.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class GraphCsvReader {

  private GraphCsvReader() {}

  /**
   * Reads the graph and the node features.
   *
   * @param edgesCsv EDGES.csv
   * @param featuresCsv FEATURES.csv
   * @return the graph with nodes in FEATURES.csv order, and the features
   * @throws GatInputException with every problem found in either file
   */
  public static GatInput read(Path edgesCsv, Path featuresCsv) {
    Problems problems = new Problems();
    GatInput input = read(edgesCsv, featuresCsv, problems);
    problems.throwIfAny();
    return input;
  }

  /** Reads both files, adding every problem found; returns null if there was any. */
  static GatInput read(Path edgesCsv, Path featuresCsv, Problems problems) {
    Objects.requireNonNull(edgesCsv, "edgesCsv");
    Objects.requireNonNull(featuresCsv, "featuresCsv");
    int problemsBefore = problems.size();

    FeaturesCsv.Table table = FeaturesCsv.read(featuresCsv, problems);
    List<EdgesCsv.Row> edges = EdgesCsv.read(edgesCsv, problems);
    if (table != null && edges != null) {
      checkEdgeNodes(edgesCsv, featuresCsv, edges, table, problems);
    }

    if (problems.size() > problemsBefore) {
      return null;
    }
    return toInput(table, edges);
  }

  /** Adds one problem per node id that EDGES.csv names but FEATURES.csv lacks. */
  private static void checkEdgeNodes(
      Path edgesCsv,
      Path featuresCsv,
      List<EdgesCsv.Row> edges,
      FeaturesCsv.Table table,
      Problems problems) {
    Map<String, UnknownNode> unknownById = new LinkedHashMap<>();
    for (EdgesCsv.Row edge : edges) {
      countIfUnknown(edge.source(), edge.line(), "source", table, unknownById);
      countIfUnknown(edge.target(), edge.line(), "target", table, unknownById);
    }
    unknownById.forEach(
        (id, unknown) -> {
          String occurrences =
              unknown.count > 1 ? " (it occurs " + unknown.count + " times in this file)" : "";
          problems.add(
              edgesCsv,
              unknown.firstLine,
              unknown.firstColumn,
              "node "
                  + Problems.quote(id)
                  + " is not in "
                  + featuresCsv
                  + occurrences
                  + "; add a row for it to "
                  + featuresCsv
                  + " or remove its edges");
        });
  }

  private static void countIfUnknown(
      String id,
      long line,
      String column,
      FeaturesCsv.Table table,
      Map<String, UnknownNode> unknownById) {
    if (!table.rows().containsKey(id)) {
      unknownById.computeIfAbsent(id, key -> new UnknownNode(line, column)).count++;
    }
  }

  private static GatInput toInput(FeaturesCsv.Table table, List<EdgesCsv.Row> edges) {
    List<String> nodeIds = new ArrayList<>(table.rows().keySet());
    Map<String, Integer> indexById = new HashMap<>();
    double[][] features = new double[nodeIds.size()][];
    for (int node = 0; node < nodeIds.size(); node++) {
      indexById.put(nodeIds.get(node), node);
      features[node] = table.rows().get(nodeIds.get(node)).values();
    }

    int[] sources = new int[edges.size()];
    int[] targets = new int[edges.size()];
    for (int edge = 0; edge < edges.size(); edge++) {
      sources[edge] = indexById.get(edges.get(edge).source());
      targets[edge] = indexById.get(edges.get(edge).target());
    }
    GatGraph graph = GatGraph.ofIndexes(nodeIds, sources, targets);
    return new GatInput(graph, table.featureNames(), features);
  }

  private static final class UnknownNode {
    final long firstLine;
    final String firstColumn;
    int count;

    UnknownNode(long firstLine, String firstColumn) {
      this.firstLine = firstLine;
      this.firstColumn = firstColumn;
    }
  }
}
