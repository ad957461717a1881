package org.faultline.analysis.attention.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.faultline.analysis.attention.DenseGatReference;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GatGraph;
import org.faultline.analysis.attention.GatScores;
import org.faultline.analysis.attention.GatWeights;
import org.faultline.analysis.attention.RandomGatCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatJobTest {

  private static final Offset<Double> CLOSE = within(1e-9);

  @TempDir Path dir;

  private Path edges() {
    return dir.resolve("EDGES.csv");
  }

  private Path features() {
    return dir.resolve("FEATURES.csv");
  }

  private Path weightsFile() {
    return dir.resolve("weights.json");
  }

  private Path outDir() {
    return dir.resolve("out");
  }

  /** Writes EDGES.csv and FEATURES.csv of the case, with FastCSV's quoting. */
  private void writeInputs(RandomGatCases.Case randomCase) throws IOException {
    List<String> ids = randomCase.nodeIds();
    try (CsvWriter csv = CsvWriter.builder().build(edges(), StandardCharsets.UTF_8)) {
      csv.writeRecord("source", "target");
      for (int edge = 0; edge < randomCase.sources().length; edge++) {
        csv.writeRecord(ids.get(randomCase.sources()[edge]), ids.get(randomCase.targets()[edge]));
      }
    }
    try (CsvWriter csv = CsvWriter.builder().build(features(), StandardCharsets.UTF_8)) {
      List<String> header = new ArrayList<>(List.of("node"));
      for (int feature = 0; feature < randomCase.features()[0].length; feature++) {
        header.add("f" + feature);
      }
      csv.writeRecord(header);
      for (int node = 0; node < ids.size(); node++) {
        List<String> row = new ArrayList<>(List.of(ids.get(node)));
        for (double value : randomCase.features()[node]) {
          row.add(Double.toString(value));
        }
        csv.writeRecord(row);
      }
    }
  }

  private static List<List<String>> readRows(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().map(CsvRecord::getFields).toList();
    }
  }

  @Test
  void run_weightsFiles_agreeWithReference() throws IOException {
    SplittableRandom random = new SplittableRandom(2024);
    for (int trial = 0; trial < 25; trial++) {
      RandomGatCases.Case randomCase = RandomGatCases.randomCase(random);
      GatWeights weights =
          RandomGatCases.randomWeights(
              random, randomCase.features()[0].length, random.nextInt(1, 5), random.nextInt(1, 6));
      writeInputs(randomCase);
      StateDicts.write(StateDicts.of(weights), weightsFile());

      GatJob.run(edges(), features(), WeightsSource.jsonFile(weightsFile()), outDir());

      DenseGatReference.Result reference =
          DenseGatReference.network(randomCase.countMatrix(), randomCase.features(), weights);
      assertNodeScores(trial, randomCase, reference);
      assertAttention(trial, randomCase, reference);
    }
  }

  private void assertNodeScores(
      int trial, RandomGatCases.Case randomCase, DenseGatReference.Result reference)
      throws IOException {
    List<List<String>> rows = readRows(outDir().resolve("node_scores.csv"));

    assertThat(rows.get(0)).containsExactly("node", "score");
    assertThat(rows).hasSize(randomCase.nodeIds().size() + 1);
    for (int node = 0; node < randomCase.nodeIds().size(); node++) {
      List<String> row = rows.get(node + 1);
      assertThat(row).hasSize(2);
      assertThat(row.get(0)).isEqualTo(randomCase.nodeIds().get(node));
      assertThat(Double.parseDouble(row.get(1)))
          .as("trial %d node %d", trial, node)
          .isCloseTo(reference.salience()[node], CLOSE);
    }
    assertThat(outDir().resolve("node_scores_spread.csv")).doesNotExist();
  }

  /** Checks every row of attention.csv against the reference, in the documented row order. */
  private void assertAttention(
      int trial, RandomGatCases.Case randomCase, DenseGatReference.Result reference)
      throws IOException {
    List<List<String>> rows = readRows(outDir().resolve("attention.csv"));
    GatGraph graph = randomCase.graph();
    DenseGatReference.Layer[] layers = {reference.first(), reference.second()};

    assertThat(rows.get(0)).containsExactly("layer", "head", "source", "target", "alpha");
    int next = 1;
    for (int layer = 1; layer <= 2; layer++) {
      double[][][] alpha = layers[layer - 1].alpha();
      for (int head = 0; head < alpha.length; head++) {
        for (int edge = 0; edge < graph.edgeCount(); edge++) {
          List<String> row = rows.get(next++);
          String where = "trial " + trial + " row " + (next - 1);
          assertThat(row.subList(0, 4))
              .as(where)
              .containsExactly(
                  Integer.toString(layer), Integer.toString(head),
                  graph.nodeId(graph.source(edge)), graph.nodeId(graph.target(edge)));
          assertThat(Double.parseDouble(row.get(4)))
              .as(where)
              .isCloseTo(alpha[head][graph.target(edge)][graph.source(edge)], CLOSE);
        }
      }
    }
    assertThat(rows).hasSize(next);
  }

  @Test
  void run_seeded_writesEnsembleStatistics() throws IOException {
    RandomGatCases.Case randomCase = RandomGatCases.randomCase(new SplittableRandom(8));
    writeInputs(randomCase);

    GatJobResult result = GatJob.run(edges(), features(), WeightsSource.seeded(7), outDir());

    GatScores expected = GatEnsemble.run(randomCase.graph(), randomCase.features(), 7, 16, 4, 8);
    List<List<String>> scoreRows = readRows(result.nodeScoresFile());
    List<List<String>> spreadRows = readRows(outDir().resolve("node_scores_spread.csv"));
    assertThat(spreadRows.get(0)).containsExactly("node", "mean", "std");
    for (int node = 0; node < randomCase.nodeIds().size(); node++) {
      assertThat(Double.parseDouble(scoreRows.get(node + 1).get(1)))
          .isEqualTo(expected.score(node));
      assertThat(Double.parseDouble(spreadRows.get(node + 1).get(1)))
          .isEqualTo(expected.score(node));
      assertThat(Double.parseDouble(spreadRows.get(node + 1).get(2)))
          .isEqualTo(expected.scoreStd(node));
    }
    assertThat(result.scores().modelCount()).isEqualTo(16);
    assertThat(result.spreadFile()).contains(outDir().resolve("node_scores_spread.csv"));
  }

  @Test
  void run_sameInputsTwice_identicalBytes() throws IOException {
    writeInputs(RandomGatCases.randomCase(new SplittableRandom(9)));
    Path firstOut = dir.resolve("first");
    Path secondOut = dir.resolve("second");

    GatJob.run(edges(), features(), WeightsSource.seeded(1), firstOut);
    GatJob.run(edges(), features(), WeightsSource.seeded(1), secondOut);

    assertThat(Files.readAllBytes(secondOut.resolve("node_scores.csv")))
        .isEqualTo(Files.readAllBytes(firstOut.resolve("node_scores.csv")));
    assertThat(Files.readAllBytes(secondOut.resolve("attention.csv")))
        .isEqualTo(Files.readAllBytes(firstOut.resolve("attention.csv")));
    assertThat(Files.readAllBytes(secondOut.resolve("node_scores_spread.csv")))
        .isEqualTo(Files.readAllBytes(firstOut.resolve("node_scores_spread.csv")));
  }

  @Test
  void run_result_namesFilesAndFeatures() throws IOException {
    Files.writeString(edges(), "source,target\npower,water\n", StandardCharsets.UTF_8);
    Files.writeString(
        features(), "node,stress,load\npower,1,2\nwater,3,4\n", StandardCharsets.UTF_8);

    GatJobResult result = GatJob.run(edges(), features(), WeightsSource.seeded(1), outDir());

    assertThat(result.nodeScoresFile()).isEqualTo(outDir().resolve("node_scores.csv"));
    assertThat(result.attentionFile()).isEqualTo(outDir().resolve("attention.csv"));
    assertThat(result.spreadFile()).contains(outDir().resolve("node_scores_spread.csv"));
    assertThat(result.featureNames()).containsExactly("stress", "load");
    assertThat(result.scores().graph().nodeIds()).containsExactly("power", "water");
  }

  @Test
  void run_featureCountMismatch_reported() throws IOException {
    Files.writeString(edges(), "source,target\npower,water\n", StandardCharsets.UTF_8);
    Files.writeString(
        features(), "node,stress,load\npower,1,2\nwater,3,4\n", StandardCharsets.UTF_8);
    GatWeights weights = RandomGatCases.randomWeights(new SplittableRandom(1), 3, 4, 8);
    StateDicts.write(StateDicts.of(weights), weightsFile());

    GatInputException e =
        catchThrowableOfType(
            GatInputException.class,
            () -> GatJob.run(edges(), features(), WeightsSource.jsonFile(weightsFile()), outDir()));

    assertThat(e.problems())
        .containsExactly(
            weightsFile()
                + ": key \"gat1.lin.weight\" has"
                + " shape [32, 3], so the weights take 3 features, but "
                + features()
                + " has 2"
                + " (stress, load); use weights trained on the same features in the same order");
  }

  @Test
  void run_badCsvAndWeights_reportedTogether() throws IOException {
    Files.writeString(edges(), "source,target\npower,cache\n", StandardCharsets.UTF_8);
    Files.writeString(features(), "node,stress\npower,1\n", StandardCharsets.UTF_8);
    Files.writeString(weightsFile(), "[]", StandardCharsets.UTF_8);

    GatInputException e =
        catchThrowableOfType(
            GatInputException.class,
            () -> GatJob.run(edges(), features(), WeightsSource.jsonFile(weightsFile()), outDir()));

    assertThat(e.problems())
        .containsExactly(
            edges()
                + ": line 2, column \"target\": node \"cache\" is not in "
                + features()
                + "; add a row for it to "
                + features()
                + " or remove its edges",
            weightsFile()
                + ": the top-level value is of type array; expected one JSON object that"
                + " maps state_dict keys to nested lists of numbers");
    assertThat(outDir()).doesNotExist();
  }

  @Test
  void seeded_seedCountZero_throws() {
    assertThatThrownBy(() -> new WeightsSource.Seeded(1, 0, 4, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seedCount is 0; expected at least 1");
  }
}
