package org.faultline.cli.gat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code faultline gat} on seeded random graphs, features and weights, and checks every score
 * and attention coefficient it writes against {@link EdgeListGat}.
 */
class GatCommandAgreementTest {

  private static final Offset<Double> TOLERANCE = within(1e-9);

  /** Ids that need CSV quoting or are not ASCII; a suffix makes each one unique. */
  private static final List<String> AWKWARD_IDS =
      List.of(
          "water, north",
          "say \"hi\"",
          "Kraftwerk Süd",
          "電力",
          "line\nbreak",
          " padded ",
          "\"quoted\", twice",
          "hôpital; ñ");

  @TempDir Path dir;

  /** A random graph: ids, input edges (self-loops and parallel edges included) and features. */
  private record Case(List<String> ids, List<EdgeListGat.Edge> edges, double[][] features) {}

  @Test
  void gat_randomWeightsFiles_agreeWithEdgeListGat() throws IOException {
    SplittableRandom random = new SplittableRandom(20_250_611L);
    for (int trial = 0; trial < 40; trial++) {
      Case graph = randomCase(random);
      int featureCount = graph.features()[0].length;
      EdgeListGat.Network network =
          randomNetwork(random, featureCount, random.nextInt(1, 5), random.nextInt(1, 6));
      Path trialDir = writeInputs(trial, graph, random.nextBoolean());
      Path weights = trialDir.resolve("weights.json");
      GatFiles.writeWeights(weights, network, /* legacyKeys= */ random.nextInt(4) == 0);
      Path out = trialDir.resolve("out");

      CliRun run =
          CliRun.of(
              "gat",
              "--edges",
              trialDir.resolve("EDGES.csv").toString(),
              "--features",
              trialDir.resolve("FEATURES.csv").toString(),
              "--weights",
              weights.toString(),
              "--out",
              out.toString());

      assertThat(run.exitCode()).as("trial %d: %s", trial, run.err()).isZero();
      EdgeListGat.Output expected =
          EdgeListGat.run(graph.ids().size(), graph.edges(), graph.features(), network);
      assertScores(trial, graph.ids(), expected.salience(), out);
      assertAttention(trial, graph.ids(), expected, out);
      assertThat(out.resolve("node_scores_spread.csv")).doesNotExist();
    }
  }

  @Test
  void gat_seedSingleNetwork_agreesWithDocumentedDraw() throws IOException {
    SplittableRandom random = new SplittableRandom(77);
    for (int trial = 0; trial < 15; trial++) {
      Case graph = randomCase(random);
      long seed = random.nextLong();
      int heads = random.nextInt(1, 5);
      int hidden = random.nextInt(1, 9);
      Path trialDir = writeInputs(trial, graph, false);
      Path out = trialDir.resolve("out");

      CliRun run =
          CliRun.of(
              "gat",
              "--edges",
              trialDir.resolve("EDGES.csv").toString(),
              "--features",
              trialDir.resolve("FEATURES.csv").toString(),
              "--seed",
              Long.toString(seed),
              "--heads",
              Integer.toString(heads),
              "--hidden",
              Integer.toString(hidden),
              "--out",
              out.toString());

      assertThat(run.exitCode()).as("trial %d: %s", trial, run.err()).isZero();
      EdgeListGat.Network network =
          EdgeListGat.glorot(seed, graph.features()[0].length, heads, hidden);
      EdgeListGat.Output expected =
          EdgeListGat.run(graph.ids().size(), graph.edges(), graph.features(), network);
      assertScores(trial, graph.ids(), expected.salience(), out);
      assertAttention(trial, graph.ids(), expected, out);
    }
  }

  @Test
  void gat_seedEnsemble_averagesConsecutiveSeeds() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 5; trial++) {
      Case graph = randomCase(random);
      int ensemble = random.nextInt(2, 6);
      long firstSeed = trial == 0 ? Long.MAX_VALUE - 1 : random.nextLong();
      Path trialDir = writeInputs(trial, graph, false);
      Path out = trialDir.resolve("out");

      CliRun run =
          CliRun.of(
              "gat",
              "--edges",
              trialDir.resolve("EDGES.csv").toString(),
              "--features",
              trialDir.resolve("FEATURES.csv").toString(),
              "--seed",
              Long.toString(firstSeed),
              "--ensemble",
              Integer.toString(ensemble),
              "--out",
              out.toString());

      assertThat(run.exitCode()).as("trial %d: %s", trial, run.err()).isZero();
      EdgeListGat.Output mean = ensembleMean(graph, firstSeed, ensemble);
      assertScores(trial, graph.ids(), mean.salience(), out);
      assertAttention(trial, graph.ids(), mean, out);
      assertSpread(trial, graph, firstSeed, ensemble, out);
    }
  }

  /** Averages salience and attention over seeds {@code firstSeed} to {@code firstSeed + k − 1}. */
  private static EdgeListGat.Output ensembleMean(Case graph, long firstSeed, int k) {
    EdgeListGat.Output sum = null;
    for (int i = 0; i < k; i++) {
      EdgeListGat.Network network =
          EdgeListGat.glorot(firstSeed + i, graph.features()[0].length, 4, 8);
      EdgeListGat.Output one =
          EdgeListGat.run(graph.ids().size(), graph.edges(), graph.features(), network);
      if (sum == null) {
        sum = one;
        continue;
      }
      for (int node = 0; node < one.salience().length; node++) {
        sum.salience()[node] += one.salience()[node];
      }
      for (int layer = 0; layer < 2; layer++) {
        for (int head = 0; head < one.alpha()[layer].length; head++) {
          for (int edge = 0; edge < one.edges().size(); edge++) {
            sum.alpha()[layer][head][edge] += one.alpha()[layer][head][edge];
          }
        }
      }
    }
    for (int node = 0; node < sum.salience().length; node++) {
      sum.salience()[node] /= k;
    }
    for (double[][] layer : sum.alpha()) {
      for (double[] head : layer) {
        for (int edge = 0; edge < head.length; edge++) {
          head[edge] /= k;
        }
      }
    }
    return sum;
  }

  private void assertSpread(int trial, Case graph, long firstSeed, int k, Path out)
      throws IOException {
    int n = graph.ids().size();
    double[][] saliences = new double[k][];
    for (int i = 0; i < k; i++) {
      EdgeListGat.Network network =
          EdgeListGat.glorot(firstSeed + i, graph.features()[0].length, 4, 8);
      saliences[i] = EdgeListGat.run(n, graph.edges(), graph.features(), network).salience();
    }
    List<List<String>> rows = GatFiles.readRows(out.resolve("node_scores_spread.csv"));

    assertThat(rows.get(0)).containsExactly("node", "mean", "std");
    assertThat(rows).hasSize(n + 1);
    for (int node = 0; node < n; node++) {
      double mean = 0;
      for (double[] salience : saliences) {
        mean += salience[node] / k;
      }
      double variance = 0;
      for (double[] salience : saliences) {
        variance += (salience[node] - mean) * (salience[node] - mean) / k;
      }
      List<String> row = rows.get(node + 1);
      assertThat(row.get(0)).isEqualTo(graph.ids().get(node));
      assertThat(Double.parseDouble(row.get(1)))
          .as("trial %d node %d mean", trial, node)
          .isCloseTo(mean, TOLERANCE);
      assertThat(Double.parseDouble(row.get(2)))
          .as("trial %d node %d std", trial, node)
          .isCloseTo(Math.sqrt(variance), TOLERANCE);
    }
  }

  private static void assertScores(int trial, List<String> ids, double[] salience, Path out)
      throws IOException {
    List<List<String>> rows = GatFiles.readRows(out.resolve("node_scores.csv"));

    assertThat(rows.get(0)).containsExactly("node", "score");
    assertThat(rows).hasSize(ids.size() + 1);
    for (int node = 0; node < ids.size(); node++) {
      List<String> row = rows.get(node + 1);
      assertThat(row).hasSize(2);
      assertThat(row.get(0)).isEqualTo(ids.get(node));
      assertThat(Double.parseDouble(row.get(1)))
          .as("trial %d node %d", trial, node)
          .isCloseTo(salience[node], TOLERANCE);
    }
  }

  /** Checks every attention row in the documented order: layer, head, then edge order. */
  private static void assertAttention(
      int trial, List<String> ids, EdgeListGat.Output expected, Path out) throws IOException {
    List<List<String>> rows = GatFiles.readRows(out.resolve("attention.csv"));

    assertThat(rows.get(0)).containsExactly("layer", "head", "source", "target", "alpha");
    int next = 1;
    for (int layer = 0; layer < 2; layer++) {
      for (int head = 0; head < expected.alpha()[layer].length; head++) {
        for (int edge = 0; edge < expected.edges().size(); edge++) {
          EdgeListGat.Edge pair = expected.edges().get(edge);
          List<String> row = rows.get(next);
          String where = "trial " + trial + ", attention.csv row " + next;
          assertThat(row.subList(0, 4))
              .as(where)
              .containsExactly(
                  Integer.toString(layer + 1), Integer.toString(head),
                  ids.get(pair.source()), ids.get(pair.target()));
          assertThat(Double.parseDouble(row.get(4)))
              .as(where)
              .isCloseTo(expected.alpha()[layer][head][edge], TOLERANCE);
          next++;
        }
      }
    }
    assertThat(rows).as("trial %d row count", trial).hasSize(next);
  }

  private Path writeInputs(int trial, Case graph, boolean quoteAll) throws IOException {
    Path trialDir = dir.resolve("trial-" + trial);
    Files.createDirectories(trialDir);
    GatFiles.writeEdges(trialDir.resolve("EDGES.csv"), graph.ids(), graph.edges(), quoteAll);
    GatFiles.writeFeatures(
        trialDir.resolve("FEATURES.csv"), graph.ids(), graph.features(), quoteAll);
    return trialDir;
  }

  /**
   * Draws 1 to 10 nodes, edges among a random prefix of them so the rest are isolated, with
   * self-loops, and repeats some edges to make parallel ones.
   */
  private static Case randomCase(SplittableRandom random) {
    int nodeCount = random.nextInt(1, 11);
    List<String> ids = new ArrayList<>();
    for (int node = 0; node < nodeCount; node++) {
      String base =
          random.nextInt(3) == 0 ? AWKWARD_IDS.get(random.nextInt(AWKWARD_IDS.size())) : "svc";
      ids.add(base + "-" + node);
    }
    int connected = random.nextInt(1, nodeCount + 1);
    List<EdgeListGat.Edge> edges = new ArrayList<>();
    int edgeCount = random.nextInt(0, 3 * connected + 1);
    for (int e = 0; e < edgeCount; e++) {
      edges.add(new EdgeListGat.Edge(random.nextInt(connected), random.nextInt(connected)));
    }
    if (!edges.isEmpty() && random.nextBoolean()) {
      edges.add(edges.get(random.nextInt(edges.size())));
    }
    int featureCount = random.nextInt(1, 6);
    double[][] features = new double[nodeCount][featureCount];
    for (double[] row : features) {
      for (int f = 0; f < featureCount; f++) {
        row[f] = random.nextDouble(-2.0, 2.0);
      }
    }
    return new Case(ids, edges, features);
  }

  /** Draws every weight and bias uniformly from [−1.5, 1.5]. */
  private static EdgeListGat.Network randomNetwork(
      SplittableRandom random, int features, int heads, int hidden) {
    int width = heads * hidden;
    EdgeListGat.Layer first =
        new EdgeListGat.Layer(
            uniform(random, width, features),
            uniform(random, heads, hidden),
            uniform(random, heads, hidden),
            uniform(random, 1, width)[0]);
    EdgeListGat.Layer second =
        new EdgeListGat.Layer(
            uniform(random, 1, width),
            uniform(random, 1, 1),
            uniform(random, 1, 1),
            uniform(random, 1, 1)[0]);
    return new EdgeListGat.Network(first, second);
  }

  private static double[][] uniform(SplittableRandom random, int rows, int columns) {
    double[][] values = new double[rows][columns];
    for (double[] row : values) {
      for (int c = 0; c < columns; c++) {
        row[c] = random.nextDouble(-1.5, 1.5);
      }
    }
    return values;
  }
}
