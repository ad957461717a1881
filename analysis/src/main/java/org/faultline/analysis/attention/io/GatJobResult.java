package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.faultline.analysis.attention.GatScores;

/**
 * The outcome of a graph attention job: the files written and the scores in them.
 *
 * @param nodeScoresFile the node_scores.csv written
 * @param attentionFile the attention.csv written
 * @param featureNames the feature names from FEATURES.csv, in column order
 * @param scores the scores written, with the graph they are indexed by
 */
public record GatJobResult(
    Path nodeScoresFile, Path attentionFile, List<String> featureNames, GatScores scores) {

  /** Copies the feature names and rejects null components. */
  public GatJobResult {
    Objects.requireNonNull(nodeScoresFile, "nodeScoresFile");
    Objects.requireNonNull(attentionFile, "attentionFile");
    featureNames = List.copyOf(featureNames);
    Objects.requireNonNull(scores, "scores");
  }
}
