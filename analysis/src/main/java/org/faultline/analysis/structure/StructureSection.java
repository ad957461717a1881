package org.faultline.analysis.structure;

import static org.faultline.analysis.structure.MarkdownText.count;
import static org.faultline.analysis.structure.MarkdownText.escape;
import static org.faultline.analysis.structure.MarkdownText.fixed;
import static org.faultline.analysis.structure.MarkdownText.ordinal;
import static org.faultline.analysis.structure.MarkdownText.significant;

import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link StructureResult} as the Markdown section "Graph-based structural reasoning" of
 * the post-mortem: how the features were standardized, the salience table, the edges with the
 * highest attention, the dominant paths, the comparison with what propagated against the
 * shuffled-feature control, and a paragraph on what the lens can and cannot tell, whose sentences
 * follow from the numbers.
 *
 * <p>The section starts with a level-2 heading and uses level-3 headings inside. Lines end with
 * {@code \n}; numbers are formatted in the root locale; service ids and feature names are escaped.
 * The same result always gives the same text. The class is stateless and thread-safe.
 */
public final class StructureSection {

  /** Heading of the section, without the leading {@code ## }. */
  public static final String HEADING = "Graph-based structural reasoning";

  /** Maximum number of edges in the Markdown table; analysis.json lists every edge. */
  public static final int EDGE_TABLE_LIMIT = 10;

  private StructureSection() {}

  /**
   * Renders the section.
   *
   * @param result the result of {@link StructuralReasoning#analyse}
   * @return the Markdown text, ending with a line break
   */
  public static String render(StructureResult result) {
    Objects.requireNonNull(result, "result");
    StringBuilder text = new StringBuilder();
    text.append("## ").append(HEADING).append("\n\n");
    appendIntroduction(text, result);
    appendFeatures(text, result);
    appendSalience(text, result);
    appendEdges(text, result);
    appendPaths(text, result);
    appendComparison(text, result);
    text.append("### What this lens can and cannot tell\n\n")
        .append(Interpretation.paragraph(result))
        .append('\n');
    return text.toString();
  }

  private static void appendIntroduction(StringBuilder text, StructureResult result) {
    StructureSettings settings = result.settings();
    long lastSeed = settings.firstSeed() + settings.seedCount() - 1;
    text.append("An untrained two-layer graph attention network (Veličković et al., \"Graph")
        .append(" Attention Networks\", ICLR 2018, computed as PyTorch Geometric's `GATConv`")
        .append(" computes it) reads the dependency graph, where each edge runs from a dependency")
        .append(" to the service that depends on it, and ")
        .append(count(result.features().size(), "feature"))
        .append(" per service taken from")
        .append(" the logs. Its weights are Glorot-uniform draws for ")
        .append(count(settings.seedCount(), "seed"))
        .append(" (")
        .append(
            settings.seedCount() == 1
                ? Long.toString(settings.firstSeed())
                : settings.firstSeed() + " to " + lastSeed)
        .append("), with ")
        .append(count(settings.heads(), "head"))
        .append(" of ")
        .append(count(settings.hidden(), "channel"))
        .append(" in the first layer. Salience and")
        .append(" attention below are means over the ")
        .append(count(settings.seedCount(), "network"))
        .append("; ± gives the population standard deviation across them.\n\n");
  }

  private static void appendFeatures(StringBuilder text, StructureResult result) {
    text.append("### Features\n\n")
        .append("Each feature is standardized over the ")
        .append(count(result.services().size(), "service"))
        .append(": z = (x − mean) / standard deviation, with the population standard deviation.")
        .append(" A feature with the same value for every service becomes 0.\n\n")
        .append("| feature | mean | standard deviation |\n")
        .append("| --- | ---: | ---: |\n");
    for (FeatureScaling feature : result.features()) {
      text.append("| ")
          .append(escape(feature.name()))
          .append(" | ")
          .append(significant(feature.mean()))
          .append(" | ")
          .append(feature.constant() ? "0 (constant)" : significant(feature.std()))
          .append(" |\n");
    }
    text.append('\n');
    List<FeatureScaling> constant =
        result.features().stream().filter(FeatureScaling::constant).toList();
    if (result.allFeaturesConstant()) {
      text.append("Every feature has the same value for every service, so every standardized")
          .append(" value is 0 and the network cannot tell the services apart.\n\n");
    } else if (!constant.isEmpty()) {
      for (FeatureScaling feature : constant) {
        text.append("Feature ")
            .append(escape(feature.name()))
            .append(" has the same value, ")
            .append(significant(feature.mean()))
            .append(", for every service, so it is 0 after standardization and does not inform")
            .append(" the network.\n");
      }
      text.append('\n');
    }
  }

  private static void appendSalience(StringBuilder text, StructureResult result) {
    text.append("### Salience\n\n")
        .append("| rank | service | salience (mean ± spread) | observed impact | degraded |")
        .append(" hit by a stressor |\n")
        .append("| ---: | --- | --- | ---: | --- | --- |\n");
    List<ServiceSalience> byRank =
        result.services().stream()
            .sorted((a, b) -> Integer.compare(a.salienceRank(), b.salienceRank()))
            .toList();
    for (ServiceSalience service : byRank) {
      String degraded =
          service.degraded() ? "yes (" + ordinal(service.degradationOrder()) + ")" : "no";
      text.append("| ")
          .append(service.salienceRank())
          .append(" | ")
          .append(escape(service.service()))
          .append(" | ")
          .append(fixed(service.salienceMean(), 4))
          .append(" ± ")
          .append(fixed(service.salienceStd(), 4))
          .append(" | ")
          .append(significant(service.impact()))
          .append(" | ")
          .append(degraded)
          .append(" | ")
          .append(service.stressorTarget() ? "yes" : "no")
          .append(" |\n");
    }
    text.append('\n');
  }

  private static void appendEdges(StringBuilder text, StructureResult result) {
    text.append("### Edges with the highest attention\n\n");
    if (result.edges().isEmpty()) {
      text.append("The graph has no dependency edges, so every service attends only to")
          .append(" itself.\n\n");
      return;
    }
    text.append("An edge's attention is the mean over the ")
        .append(count(result.settings().heads(), "head"))
        .append(" of layer 1 of the ensemble-mean attention coefficient. A service with k")
        .append(" dependencies shares its attention among k + 1 edges, its self-loop included, so")
        .append(" an edge above the uniform share 1 / (k + 1) draws more than an even share.\n\n")
        .append("| rank | dependency → dependent | attention | uniform share |")
        .append(" carried degradation |\n")
        .append("| ---: | --- | ---: | ---: | --- |\n");
    List<EdgeAttention> shown =
        result.edges().subList(0, Math.min(EDGE_TABLE_LIMIT, result.edges().size()));
    for (EdgeAttention edge : shown) {
      text.append("| ")
          .append(edge.rank())
          .append(" | ")
          .append(escape(edge.source()))
          .append(" → ")
          .append(escape(edge.target()))
          .append(" | ")
          .append(fixed(edge.attention(), 4))
          .append(" | ")
          .append(fixed(edge.uniformShare(), 4))
          .append(" | ")
          .append(edge.carriedDegradation() ? "yes" : "no")
          .append(" |\n");
    }
    text.append('\n');
    if (shown.size() < result.edges().size()) {
      text.append("The table shows ")
          .append(shown.size())
          .append(" of ")
          .append(result.edges().size())
          .append(" edges; analysis.json lists all of them.\n\n");
    }
  }

  private static void appendPaths(StringBuilder text, StructureResult result) {
    text.append("### Dominant dependency paths\n\n");
    boolean anyStart = result.services().stream().anyMatch(ServiceSalience::stressorTarget);
    if (!anyStart) {
      text.append("No stressor hit a service directly, so no path has a start.\n\n");
      return;
    }
    text.append("From each service a stressor hit, the path of largest attention product along")
        .append(" dependency edges to each of the ")
        .append(count(result.comparison().k(), "most salient service"))
        .append(" and each degraded service, found with Dijkstra's algorithm on the cost −ln α.")
        .append(" Equal products go to the path with fewer edges, then to the one whose last edge")
        .append(" leaves the service declared first.\n\n");
    if (result.paths().isEmpty()) {
      text.append("No salient or degraded service lies apart from the services the stressors")
          .append(" hit, so there is no path to show.\n\n");
      return;
    }
    for (DominantPath path : result.paths()) {
      text.append("- ").append(pathLine(path)).append('\n');
    }
    text.append('\n');
  }

  private static String pathLine(DominantPath path) {
    String destination = destinationKind(path);
    if (path.services().isEmpty()) {
      return "From "
          + escape(path.source())
          + " to "
          + escape(path.destination())
          + " ("
          + destination
          + "): no dependency path.";
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < path.services().size(); i++) {
      line.append(i == 0 ? "" : " → ").append(escape(path.services().get(i)));
    }
    int edgeCount = path.services().size() - 1;
    return line
        + " ("
        + destination
        + "): attention product "
        + significant(path.attentionProduct())
        + "; "
        + path.carriedEdgeCount()
        + " of "
        + count(edgeCount, "edge")
        + " carried degradation.";
  }

  private static String destinationKind(DominantPath path) {
    if (path.toSalient() && path.toDegraded()) {
      return "most salient and degraded";
    }
    return path.toSalient() ? "most salient" : "degraded";
  }

  private static void appendComparison(StringBuilder text, StructureResult result) {
    Comparison comparison = result.comparison();
    text.append("### Comparison with what propagated\n\n")
        .append("The control gives each service the standardized features of another, by ")
        .append(count(comparison.permutationCount(), "seeded permutation"))
        .append(" of the rows (permutation seed ")
        .append(comparison.permutationSeed())
        .append("), and recomputes everything with the same network seeds. For each measure, b")
        .append(" of the m permutations where it is defined score at least as high as the real")
        .append(" features, and p = (1 + b) / (1 + m). Here k = ")
        .append(comparison.k())
        .append(", the number of degraded services (at least 1).\n\n")
        .append("| measure | observed | control mean | permutations at least as high | p |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n");
    appendMeasureRow(
        text, "Spearman ρ of salience and observed impact", comparison.rankCorrelation());
    appendMeasureRow(
        text,
        "share of the " + comparison.k() + " most salient services that" + " degraded",
        comparison.topKOverlap());
    appendMeasureRow(
        text,
        "share of dominant-path edges that carried degradation ("
            + comparison.carriedPathEdgeCount()
            + " of "
            + comparison.pathEdgeCount()
            + ")",
        comparison.pathAgreement());
    text.append('\n');
    appendUndefined(text, "Spearman ρ", comparison.rankCorrelation());
    appendUndefined(text, "The top-k share", comparison.topKOverlap());
    appendUndefined(text, "The path-edge share", comparison.pathAgreement());
  }

  private static void appendMeasureRow(StringBuilder text, String name, MetricComparison measure) {
    text.append("| ").append(name).append(" | ");
    if (!measure.defined()) {
      text.append("undefined | – | – | – |\n");
      return;
    }
    text.append(fixed(measure.observed(), 3))
        .append(" | ")
        .append(measure.controlMean() == null ? "–" : fixed(measure.controlMean(), 3))
        .append(" | ")
        .append(measure.atLeastAsHighCount())
        .append(" of ")
        .append(measure.controlCount())
        .append(" | ")
        .append(fixed(measure.pValue(), 3))
        .append(" |\n");
  }

  private static void appendUndefined(StringBuilder text, String name, MetricComparison measure) {
    if (!measure.defined()) {
      text.append(name).append(" is undefined: ").append(measure.undefinedReason()).append(".\n\n");
    }
  }
}
