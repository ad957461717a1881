package org.faultline.analysis.attention.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.faultline.analysis.attention.GatEnsemble;
import org.faultline.analysis.attention.GatNetwork;
import org.faultline.analysis.attention.GatScores;
import org.faultline.analysis.attention.GatWeights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the graph attention network from input files to output files. It reads EDGES.csv,
 * FEATURES.csv and, if given, a weights file, computes the salience of every node and the attention
 * of every edge, and writes node_scores.csv and attention.csv. When an ensemble of more than one
 * network ran, it also writes node_scores_spread.csv.
 *
 * <p>The formats are those of {@link GraphCsvReader}, {@link WeightsJsonReader} and {@link
 * GatCsvWriter}. Every problem of the input files, including a weights file whose feature count
 * differs from FEATURES.csv, is collected before anything is computed or written, and thrown as one
 * {@link GatInputException}.
 *
 * <p>The class is stateless and thread-safe; jobs writing into different directories may run in
 * parallel.
 */
public final class GatJob {

  private static final Logger LOG = LoggerFactory.getLogger(GatJob.class);

  private GatJob() {}

  /**
   * Runs the job.
   *
   * @param edgesCsv EDGES.csv, one edge per row from a dependency to its dependent
   * @param featuresCsv FEATURES.csv, one row per node
   * @param weights seeded ensemble or weights file
   * @param outDir directory for the output files, created if missing
   * @return the files written and the scores in them
   * @throws GatInputException with every problem found in the input files; nothing is written
   * @throws IOException if the output directory or files cannot be written
   */
  public static GatJobResult run(
      Path edgesCsv, Path featuresCsv, WeightsSource weights, Path outDir) throws IOException {
    Objects.requireNonNull(edgesCsv, "edgesCsv");
    Objects.requireNonNull(featuresCsv, "featuresCsv");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(outDir, "outDir");

    Problems problems = new Problems();
    GatInput input = GraphCsvReader.read(edgesCsv, featuresCsv, problems);
    GatWeights fileWeights = null;
    if (weights instanceof WeightsSource.JsonFile file) {
      fileWeights = WeightsJsonReader.read(file.path(), problems);
      if (input != null && fileWeights != null) {
        checkFeatureCount(file.path(), fileWeights, featuresCsv, input, problems);
      }
    }
    problems.throwIfAny();

    LOG.info(
        "Graph attention over {} nodes and {} input edges from {}, weights: {}",
        input.graph().nodeCount(),
        input.graph().inputEdgeCount(),
        edgesCsv,
        weights);
    GatScores scores =
        fileWeights != null
            ? GatNetwork.forward(input.graph(), input.features(), fileWeights)
            : runEnsemble(input, (WeightsSource.Seeded) weights);

    boolean spreadWritten = GatCsvWriter.write(scores, outDir);
    Path nodeScoresFile = outDir.resolve(GatCsvWriter.NODE_SCORES_FILE);
    Path attentionFile = outDir.resolve(GatCsvWriter.ATTENTION_FILE);
    Optional<Path> spreadFile =
        spreadWritten ? Optional.of(outDir.resolve(GatCsvWriter.SPREAD_FILE)) : Optional.empty();
    LOG.info("Graph attention written to {}", outDir);
    return new GatJobResult(
        nodeScoresFile, attentionFile, spreadFile, input.featureNames(), scores);
  }

  private static GatScores runEnsemble(GatInput input, WeightsSource.Seeded seeded) {
    return GatEnsemble.run(
        input.graph(),
        input.features(),
        seeded.firstSeed(),
        seeded.seedCount(),
        seeded.heads(),
        seeded.hidden());
  }

  private static void checkFeatureCount(
      Path weightsFile, GatWeights weights, Path featuresCsv, GatInput input, Problems problems) {
    int expected = input.featureNames().size();
    if (weights.featureCount() != expected) {
      problems.add(
          weightsFile,
          "key \"gat1.lin.weight\" has shape ["
              + weights.first().outputWidth()
              + ", "
              + weights.featureCount()
              + "], so the weights"
              + " take "
              + weights.featureCount()
              + " features, but "
              + featuresCsv
              + " has "
              + expected
              + " ("
              + String.join(", ", input.featureNames())
              + "); use weights"
              + " trained on the same features in the same order");
    }
  }
}
