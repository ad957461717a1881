package org.faultline.analysis.attention.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.faultline.analysis.attention.GatGraph;
import org.faultline.analysis.attention.GatScores;

/**
 * Writes the scores of a graph attention job as CSV files in an output directory.
 *
 * <ul>
 *   <li>{@value #NODE_SCORES_FILE}: header {@code node,score}, one row per node in node order
 *       (FEATURES.csv order). {@code score} is the salience, or its mean over an ensemble.
 *   <li>{@value #ATTENTION_FILE}: header {@code layer,head,source,target,alpha}, one row per layer
 *       (from 1), head (from 0) and edge, in that nesting; edges in edge order, so the input edges
 *       in input order and then one self-loop per node in node order. Parallel input edges give
 *       identical rows. {@code alpha} is the attention coefficient, or its mean over an ensemble.
 *   <li>{@value #SPREAD_FILE}, only when the scores average more than one network: header {@code
 *       node,mean,std}, one row per node in node order, with the mean salience and its population
 *       standard deviation over the ensemble. For a single network an existing file of that name is
 *       deleted, so the directory never pairs new scores with an old spread.
 * </ul>
 *
 * <p>Every file is UTF-8, RFC 4180 CSV with CRLF line endings (FastCSV's defaults), and numbers are
 * written by {@link CsvNumbers#format}. Each is written in full to a temporary file named after it
 * with a leading dot and a trailing {@code .tmp}, such as {@code .node_scores.csv.tmp}, in the
 * output directory, and renamed into place only after all of them were written, so a failed write
 * leaves the previous files, if any, unchanged.
 *
 * <p>The class is stateless and thread-safe; two jobs must not write into the same directory at the
 * same time.
 */
public final class GatCsvWriter {

  /** File name of the node scores. */
  public static final String NODE_SCORES_FILE = "node_scores.csv";

  /** File name of the attention coefficients. */
  public static final String ATTENTION_FILE = "attention.csv";

  /** File name of the ensemble's spread of the node scores. */
  public static final String SPREAD_FILE = "node_scores_spread.csv";

  /** Header of {@value #NODE_SCORES_FILE}. */
  public static final List<String> NODE_SCORES_HEADER = List.of("node", "score");

  /** Header of {@value #SPREAD_FILE}. */
  public static final List<String> SPREAD_HEADER = List.of("node", "mean", "std");

  /** Header of {@value #ATTENTION_FILE}. */
  public static final List<String> ATTENTION_HEADER =
      List.of("layer", "head", "source", "target", "alpha");

  private GatCsvWriter() {}

  /**
   * Writes {@value #NODE_SCORES_FILE}, {@value #ATTENTION_FILE} and, for an ensemble, {@value
   * #SPREAD_FILE} into {@code outDir}, creating the directory if needed and replacing files of
   * those names.
   *
   * @param scores the scores to write
   * @param outDir output directory
   * @return whether {@value #SPREAD_FILE} was written, which is when {@link GatScores#modelCount}
   *     is above 1
   * @throws IOException if the directory cannot be created or a file cannot be written, moved or
   *     deleted
   */
  public static boolean write(GatScores scores, Path outDir) throws IOException {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(outDir, "outDir");
    Files.createDirectories(outDir);
    boolean ensemble = scores.modelCount() > 1;

    /* Fixed temporary names, unlike Files.createTempFile, get the usual permissions of new
    files rather than owner-only ones, and the final files keep them after the rename. */
    Path scoresTemp = temporaryFile(outDir, NODE_SCORES_FILE);
    Path attentionTemp = temporaryFile(outDir, ATTENTION_FILE);
    Path spreadTemp = temporaryFile(outDir, SPREAD_FILE);
    try {
      writeNodeScores(scores, scoresTemp);
      writeAttention(scores, attentionTemp);
      if (ensemble) {
        writeSpread(scores, spreadTemp);
      }

      // NOTE: a failure between the renames below leaves new files beside old ones; making all
      // of them appear at once would need a directory swap.
      moveIntoPlace(scoresTemp, outDir.resolve(NODE_SCORES_FILE));
      moveIntoPlace(attentionTemp, outDir.resolve(ATTENTION_FILE));
      if (ensemble) {
        moveIntoPlace(spreadTemp, outDir.resolve(SPREAD_FILE));
      } else {
        Files.deleteIfExists(outDir.resolve(SPREAD_FILE));
      }
    } finally {
      Files.deleteIfExists(scoresTemp);
      Files.deleteIfExists(attentionTemp);
      Files.deleteIfExists(spreadTemp);
    }
    return ensemble;
  }

  private static Path temporaryFile(Path outDir, String fileName) {
    return outDir.resolve("." + fileName + ".tmp");
  }

  private static void writeNodeScores(GatScores scores, Path file) throws IOException {
    GatGraph graph = scores.graph();
    try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      csv.writeRecord(NODE_SCORES_HEADER);
      for (int node = 0; node < graph.nodeCount(); node++) {
        csv.writeRecord(graph.nodeId(node), CsvNumbers.format(scores.score(node)));
      }
    }
  }

  private static void writeSpread(GatScores scores, Path file) throws IOException {
    GatGraph graph = scores.graph();
    try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      csv.writeRecord(SPREAD_HEADER);
      for (int node = 0; node < graph.nodeCount(); node++) {
        csv.writeRecord(
            graph.nodeId(node),
            CsvNumbers.format(scores.score(node)),
            CsvNumbers.format(scores.scoreStd(node)));
      }
    }
  }

  private static void writeAttention(GatScores scores, Path file) throws IOException {
    GatGraph graph = scores.graph();
    try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      csv.writeRecord(ATTENTION_HEADER);
      for (int layer = 1; layer <= GatScores.LAYER_COUNT; layer++) {
        for (int head = 0; head < scores.heads(layer); head++) {
          for (int edge = 0; edge < graph.edgeCount(); edge++) {
            csv.writeRecord(
                Integer.toString(layer),
                Integer.toString(head),
                graph.nodeId(graph.source(edge)),
                graph.nodeId(graph.target(edge)),
                CsvNumbers.format(scores.attention(layer, head, edge)));
          }
        }
      }
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
