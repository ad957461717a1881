package org.faultline.analysis.attention.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.faultline.analysis.attention.GatScores;

/**
 * The outcome of a graph attention job: the files written and the scores in them.
 *
 * @param nodeScoresFile the node_scores.csv written
 * @param attentionFile the attention.csv written
 * @param spreadFile the node_scores_spread.csv written, present only when an ensemble of more than
 *     one network ran
 * @param featureNames the feature names from FEATURES.csv, in column order
 * @param scores the scores written, with the graph they are indexed by
 */
public record GatJobResult(
    Path nodeScoresFile,
    Path attentionFile,
    Optional<Path> spreadFile,
    List<String> featureNames,
    GatScores scores) {

  /** Copies the feature names and rejects null components. */
  public GatJobResult {
    Objects.requireNonNull(nodeScoresFile, "nodeScoresFile");
    Objects.requireNonNull(attentionFile, "attentionFile");
    Objects.requireNonNull(spreadFile, "spreadFile");
    featureNames = List.copyOf(featureNames);
    Objects.requireNonNull(scores, "scores");
  }
}
