package org.faultline.analysis.structure;

import static org.faultline.analysis.structure.MarkdownText.fixed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the closing paragraph of the section: what the untrained lens can and cannot tell, with
 * sentences chosen by the numbers of the result. Stateless and thread-safe.
 */
final class Interpretation {

  /**
   * The p-value at or below which the text reports that a measure beats the control. It is the
   * conventional 5 % level; with the default 100 permutations the smallest possible p is 1/101.
   */
  static final double SIGNIFICANCE_LEVEL = 0.05;

  private Interpretation() {}

  /** Returns the paragraph, without a trailing line break. */
  static String paragraph(StructureResult result) {
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "The network is untrained: its weights are random draws, so salience and"
            + " attention form a structural lens shaped by the dependency graph and the logged"
            + " features, not a learned or causal model.");
    if (result.allFeaturesConstant()) {
      sentences.add(
          "Every feature has the same value for every service, so the network sees no"
              + " difference between them: every salience is 0.5, attention is uniform, and nothing"
              + " in this section reflects the run.");
    } else {
      drawSentence(result).ifPresent(sentences::add);
    }
    sentences.add(rankSentence(result.comparison().rankCorrelation()));
    sentences.add(topKSentence(result));
    sentences.add(pathSentence(result.comparison().pathAgreement()));
    sentences.add(
        "The features come from the same logs as the outcomes, so some agreement is"
            + " built in; the control shows how much of it depends on which service carries which"
            + " features. Agreement measures how far the lens reflects the log, not whether the"
            + " network could predict propagation.");
    sentences.add(
        "The lens knows nothing of timing, order or delay, and a service's salience"
            + " ignores the services that depend on it, because attention flows from a dependency to"
            + " its dependent.");
    return String.join(" ", sentences);
  }

  /** Compares the spread across seeds with the gap between the extremes of mean salience. */
  private static Optional<String> drawSentence(StructureResult result) {
    if (result.services().size() < 2) {
      return Optional.empty();
    }
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    double largestSpread = 0.0;
    for (ServiceSalience service : result.services()) {
      max = Math.max(max, service.salienceMean());
      min = Math.min(min, service.salienceMean());
      largestSpread = Math.max(largestSpread, service.salienceStd());
    }
    double gap = max - min;
    if (largestSpread >= gap) {
      return Optional.of(
          "The spread across seeds, up to "
              + fixed(largestSpread, 4)
              + ", is at least the gap of "
              + fixed(gap, 4)
              + " between the most and the least"
              + " salient service, so the draw orders the services as much as the graph and the"
              + " features do.");
    }
    return Optional.of(
        "The gap of "
            + fixed(gap, 4)
            + " between the most and the"
            + " least salient service exceeds the largest spread across seeds, "
            + fixed(largestSpread, 4)
            + ", so the order of the extremes holds across draws.");
  }

  private static String rankSentence(MetricComparison measure) {
    if (!measure.defined()) {
      return "The rank correlation is undefined, because " + measure.undefinedReason() + ".";
    }
    String numbers =
        "ρ = "
            + fixed(measure.observed(), 3)
            + " against a control mean of "
            + control(measure)
            + ", p = "
            + fixed(measure.pValue(), 3);
    String sentence;
    if (measure.controlAlwaysEqual()) {
      sentence =
          "Every shuffled control gives the same rank correlation ("
              + numbers
              + "), so the graph alone decides it.";
    } else if (beatsControl(measure)) {
      sentence =
          "Salience ranks the services by observed impact better than the control does ("
              + numbers
              + "), so the ranking depends on which service carries which features and"
              + " not only on the graph.";
    } else if (belowControl(measure)) {
      sentence =
          "Salience follows observed impact less than the shuffled controls do on average ("
              + numbers
              + ").";
    } else {
      sentence =
          "Salience does not rank the services by observed impact better than the control"
              + " ("
              + numbers
              + "), so the graph and the spread of feature values alone agree with"
              + " the log as well.";
    }
    if (measure.observed() < 0.0) {
      sentence +=
          " A negative ρ ranks the services roughly in reverse order of impact; the signs"
              + " of the weights are random draws, so the direction of the correlation carries no"
              + " meaning of its own.";
    }
    return sentence;
  }

  private static String topKSentence(StructureResult result) {
    MetricComparison measure = result.comparison().topKOverlap();
    if (!measure.defined()) {
      return "The overlap of the most salient and the degraded services is undefined, because "
          + measure.undefinedReason()
          + ".";
    }
    int k = result.comparison().k();
    if (k == result.services().size()) {
      return "Every service degraded, so the "
          + k
          + " most salient services are degraded"
          + " whatever the features, and the overlap says nothing.";
    }
    String numbers =
        fixed(measure.observed(), 3)
            + " against a control mean of "
            + control(measure)
            + ", p = "
            + fixed(measure.pValue(), 3);
    String most = k == 1 ? "The most salient service" : "The " + k + " most salient services";
    if (measure.controlAlwaysEqual()) {
      return most
          + " overlap the degraded ones equally under every shuffled control ("
          + numbers
          + "), so the graph alone decides which services are most salient.";
    }
    if (beatsControl(measure)) {
      return most + " overlap the degraded ones more than under the control (" + numbers + ").";
    }
    if (belowControl(measure)) {
      return most
          + " overlap the degraded ones less than under the control on average ("
          + numbers
          + ").";
    }
    return most + " overlap the degraded ones no more than under the control (" + numbers + ").";
  }

  private static String pathSentence(MetricComparison measure) {
    if (!measure.defined()) {
      return "The share of dominant-path edges that carried degradation is undefined, because "
          + measure.undefinedReason()
          + ".";
    }
    String numbers =
        fixed(measure.observed(), 3)
            + " against a control mean of "
            + control(measure)
            + ", p = "
            + fixed(measure.pValue(), 3);
    if (measure.controlAlwaysEqual()) {
      return "Every shuffled control gives the same share of carrying edges on the dominant"
          + " paths ("
          + numbers
          + "), so the shape of the graph, not the attention, decides"
          + " these paths.";
    }
    if (beatsControl(measure)) {
      return "The dominant paths follow edges that carried degradation more often than under the"
          + " control ("
          + numbers
          + ").";
    }
    if (belowControl(measure)) {
      return "The dominant paths follow edges that carried degradation less often than under the"
          + " control on average ("
          + numbers
          + ").";
    }
    return "The dominant paths follow edges that carried degradation no more often than under"
        + " the control ("
        + numbers
        + ").";
  }

  private static boolean beatsControl(MetricComparison measure) {
    return measure.pValue() <= SIGNIFICANCE_LEVEL
        && (measure.controlMean() == null || measure.observed() > measure.controlMean());
  }

  private static boolean belowControl(MetricComparison measure) {
    return measure.controlMean() != null && measure.observed() < measure.controlMean();
  }

  private static String control(MetricComparison measure) {
    return measure.controlMean() == null ? "none" : fixed(measure.controlMean(), 3);
  }
}
