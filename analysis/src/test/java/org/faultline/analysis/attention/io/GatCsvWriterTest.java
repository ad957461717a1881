package org.faultline.analysis.attention.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.faultline.analysis.attention.DirectedEdge;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GatGraph;
import org.faultline.analysis.attention.GatLayerWeights;
import org.faultline.analysis.attention.GatNetwork;
import org.faultline.analysis.attention.GatScores;
import org.faultline.analysis.attention.GatWeights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatCsvWriterTest {

  @TempDir Path dir;

  /**
   * Scores of the graph "water, north" → Süd with attention vectors 0, so every edge into a node
   * has the same weight, and a second layer whose output is 0, so every salience is 0.5.
   */
  private static GatScores uniformScores() {
    GatGraph graph =
        GatGraph.of(
            List.of("water, north", "Süd"), List.of(new DirectedEdge("water, north", "Süd")));
    GatLayerWeights first =
        new GatLayerWeights(
            new double[][] {{1}, {1}},
            new double[][] {{0}, {0}},
            new double[][] {{0}, {0}},
            new double[] {0, 0});
    GatLayerWeights second =
        new GatLayerWeights(
            new double[][] {{0, 0}}, new double[][] {{0}}, new double[][] {{0}}, new double[] {0});
    return GatNetwork.forward(graph, new double[][] {{1}, {2}}, new GatWeights(first, second));
  }

  @Test
  void write_smallGraph_exactFileContents() throws IOException {
    GatCsvWriter.write(uniformScores(), dir);

    assertThat(Files.readString(dir.resolve("node_scores.csv"), StandardCharsets.UTF_8))
        .isEqualTo("node,score\r\n" + "\"water, north\",0.5\r\n" + "Süd,0.5\r\n");
    assertThat(Files.readString(dir.resolve("attention.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "layer,head,source,target,alpha\r\n"
                + "1,0,\"water, north\",Süd,0.5\r\n"
                + "1,0,\"water, north\",\"water, north\",1\r\n"
                + "1,0,Süd,Süd,0.5\r\n"
                + "1,1,\"water, north\",Süd,0.5\r\n"
                + "1,1,\"water, north\",\"water, north\",1\r\n"
                + "1,1,Süd,Süd,0.5\r\n"
                + "2,0,\"water, north\",Süd,0.5\r\n"
                + "2,0,\"water, north\",\"water, north\",1\r\n"
                + "2,0,Süd,Süd,0.5\r\n");
  }

  @Test
  void write_singleNetwork_writesNoSpreadFile() throws IOException {
    boolean spreadWritten = GatCsvWriter.write(uniformScores(), dir);

    assertThat(spreadWritten).isFalse();
    assertThat(listing(dir)).containsExactly("attention.csv", "node_scores.csv");
  }

  @Test
  void write_ensemble_writesSpreadFile() throws IOException {
    GatGraph graph = GatGraph.of(List.of("a", "b"), List.of(new DirectedEdge("a", "b")));
    GatScores scores = GatEnsemble.run(graph, new double[][] {{1}, {2}}, 3, 2, 1, 1);

    boolean spreadWritten = GatCsvWriter.write(scores, dir);

    assertThat(spreadWritten).isTrue();
    assertThat(Files.readString(dir.resolve("node_scores_spread.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "node,mean,std\r\n"
                + "a,"
                + CsvNumbers.format(scores.score(0))
                + ","
                + CsvNumbers.format(scores.scoreStd(0))
                + "\r\n"
                + "b,"
                + CsvNumbers.format(scores.score(1))
                + ","
                + CsvNumbers.format(scores.scoreStd(1))
                + "\r\n");
    assertThat(Files.readString(dir.resolve("node_scores.csv"), StandardCharsets.UTF_8))
        .isEqualTo(
            "node,score\r\n"
                + "a,"
                + CsvNumbers.format(scores.score(0))
                + "\r\n"
                + "b,"
                + CsvNumbers.format(scores.score(1))
                + "\r\n");
  }

  @Test
  void write_singleNetworkAfterEnsemble_deletesStaleSpreadFile() throws IOException {
    Files.writeString(dir.resolve("node_scores_spread.csv"), "old", StandardCharsets.UTF_8);

    GatCsvWriter.write(uniformScores(), dir);

    assertThat(listing(dir)).containsExactly("attention.csv", "node_scores.csv");
  }

  @Test
  void write_existingFiles_replaced() throws IOException {
    Files.writeString(dir.resolve("node_scores.csv"), "old", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("attention.csv"), "old", StandardCharsets.UTF_8);

    GatCsvWriter.write(uniformScores(), dir);

    assertThat(Files.readString(dir.resolve("node_scores.csv"), StandardCharsets.UTF_8))
        .startsWith("node,score\r\n");
    assertThat(Files.readString(dir.resolve("attention.csv"), StandardCharsets.UTF_8))
        .startsWith("layer,head,source,target,alpha");
  }

  @Test
  void write_staleTemporaryFiles_overwrittenAndRemoved() throws IOException {
    Files.writeString(dir.resolve(".node_scores.csv.tmp"), "stale", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".attention.csv.tmp"), "stale", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".node_scores_spread.csv.tmp"), "stale", StandardCharsets.UTF_8);

    GatCsvWriter.write(uniformScores(), dir);

    assertThat(listing(dir)).containsExactly("attention.csv", "node_scores.csv");
  }

  @Test
  void write_missingDirectories_created() throws IOException {
    Path outDir = dir.resolve("a").resolve("b");

    GatCsvWriter.write(uniformScores(), outDir);

    assertThat(outDir.resolve("node_scores.csv")).exists();
  }

  @Test
  void write_outDirIsFile_throws() throws IOException {
    Path file = dir.resolve("taken");
    Files.writeString(file, "x", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GatCsvWriter.write(uniformScores(), file))
        .isInstanceOf(IOException.class);
    assertThat(listing(dir)).containsExactly("taken");
  }

  @Test
  void write_renameFails_leavesNoTemporaryFiles() throws IOException {
    Files.createDirectories(dir.resolve("node_scores.csv").resolve("occupied"));

    assertThatThrownBy(() -> GatCsvWriter.write(uniformScores(), dir))
        .isInstanceOf(IOException.class);
    assertThat(listing(dir)).containsExactly("node_scores.csv");
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
