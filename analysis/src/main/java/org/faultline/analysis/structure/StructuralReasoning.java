package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.faultline.analysis.attention.GatEnsemble;

/**
 * Looks at a run's dependency graph through the untrained graph attention network and compares what
 * it highlights with what actually propagated.
 *
 * <p>Steps, each deterministic:
 *
 * <ol>
 *   <li>Standardize every feature to z-scores over the services, a constant feature becoming 0.
 *   <li>Run the ensemble of {@link GatEnsemble} (default 16 networks, seeds 42 to 57, 4 heads of 8
 *       channels): the mean and spread of each service's salience, and per dependency edge the mean
 *       over the heads of layer 1 of the mean attention.
 *   <li>Rank the dependency edges by that attention, ties in input order.
 *   <li>Find the dominant path, of largest attention product, from each service a stressor hit to
 *       each of the {@code k} most salient services and each degraded service ({@link
 *       MaxProductPaths}), where {@code k} is the number of degraded services, at least 1.
 *   <li>Measure agreement with what happened: Spearman's ρ between salience and observed impact,
 *       the fraction of the {@code k} most salient services that degraded, and the fraction of the
 *       distinct dominant-path edges that carried degradation.
 *   <li>Repeat the evaluation under seeded permutations of the feature rows ({@link
 *       ShuffledControl}, default 100) and report per measure the control's mean and the empirical
 *       p-value {@code (1 + b) / (1 + m)}, with {@code b} of {@code m} permutations scoring at
 *       least as high (B. Phipson and G. K. Smyth, "Permutation p-values should never be zero",
 *       2010).
 * </ol>
 *
 * <p>Cost: {@code (1 + permutationCount) · seedCount} network evaluations of O(N·F·H·C + E·H·C)
 * each, plus {@code (1 + permutationCount) · S} path searches of O(N² + E) for S services hit by
 * stressors. The class is stateless and thread-safe.
 */
public final class StructuralReasoning {

  private StructuralReasoning() {}

  /**
   * Analyses one run with the default settings.
   *
   * @param input the run's services, graph, features and outcomes
   * @return the result, with services, edges and paths in a defined order
   */
  public static StructureResult analyse(StructureInput input) {
    return analyse(input, StructureSettings.defaults());
  }

  /**
   * Analyses one run.
   *
   * @param input the run's services, graph, features and outcomes
   * @param settings seeds and sizes of the ensemble and the control
   * @return the result, with services, edges and paths in a defined order
   */
  public static StructureResult analyse(StructureInput input, StructureSettings settings) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(settings, "settings");

    Standardizer.Standardized standardized =
        Standardizer.standardize(input.features().names(), input.features().matrix());
    Lens lens = new Lens(input, settings);
    Lens.Evaluation observed = lens.evaluate(standardized.z());

    ShuffledControl control = new ShuffledControl(observed);
    control.run(lens, standardized.z(), settings.permutationCount(), settings.permutationSeed());

    Comparison comparison =
        new Comparison(
            lens.k(),
            settings.permutationCount(),
            settings.permutationSeed(),
            control.rankCorrelation(rankCorrelationGap(input, observed)),
            control.topKOverlap(
                "no service degraded, so no most salient service can match a degraded one"),
            control.pathAgreement(pathAgreementGap(lens)),
            observed.pathEdgeCount(),
            observed.carriedPathEdgeCount());
    return new StructureResult(
        settings,
        standardized.scalings(),
        services(input, lens, observed),
        edges(input, lens, observed),
        paths(input, lens, observed),
        comparison);
  }

  private static String rankCorrelationGap(StructureInput input, Lens.Evaluation observed) {
    if (input.services().size() < 2) {
      return "there is only one service, and a rank correlation needs at least two";
    }
    double[] impact = input.outcomes().stream().mapToDouble(ServiceOutcome::impact).toArray();
    if (RankAgreement.spearman(impact, impact) == null) {
      return "every service has the same observed impact, so there is no ranking to compare with";
    }
    return "every service has the same salience, so salience ranks nothing";
  }

  private static String pathAgreementGap(Lens lens) {
    if (lens.degradedCount() == 0) {
      return "no service degraded, so no edge carried degradation";
    }
    if (lens.startCount() == 0) {
      return "no stressor hit a service directly, so no path has a start";
    }
    return "no dominant path exists, because no destination can be reached along dependency"
        + " edges from the services the stressors hit";
  }

  private static List<ServiceSalience> services(
      StructureInput input, Lens lens, Lens.Evaluation observed) {
    int[] rank = new int[input.services().size()];
    for (int position = 0; position < rank.length; position++) {
      rank[observed.salienceOrder()[position]] = position + 1;
    }
    List<ServiceSalience> services = new ArrayList<>();
    for (int node = 0; node < rank.length; node++) {
      ServiceOutcome outcome = input.outcomes().get(node);
      Integer order = outcome.isDegraded() ? outcome.degradationOrder().getAsInt() : null;
      services.add(
          new ServiceSalience(
              input.services().get(node),
              observed.salienceMean()[node],
              observed.salienceStd()[node],
              rank[node],
              lens.isStart(node),
              outcome.isDegraded(),
              order,
              outcome.impact()));
    }
    return services;
  }

  private static List<EdgeAttention> edges(
      StructureInput input, Lens lens, Lens.Evaluation observed) {
    int[] order = RankAgreement.descendingOrder(observed.edgeAttention());
    List<EdgeAttention> edges = new ArrayList<>();
    for (int position = 0; position < order.length; position++) {
      int edge = order[position];
      edges.add(
          new EdgeAttention(
              position + 1,
              input.services().get(lens.edgeSource(edge)),
              input.services().get(lens.edgeTarget(edge)),
              observed.edgeAttention()[edge],
              lens.uniformShare(edge),
              lens.carried(edge)));
    }
    return edges;
  }

  private static List<DominantPath> paths(
      StructureInput input, Lens lens, Lens.Evaluation observed) {
    List<DominantPath> paths = new ArrayList<>();
    for (Lens.FoundPath found : observed.paths()) {
      List<String> services = new ArrayList<>();
      double product = found.edges().isEmpty() ? 0.0 : 1.0;
      int carriedCount = 0;
      if (!found.edges().isEmpty()) {
        services.add(input.services().get(found.start()));
      }
      for (int edge : found.edges()) {
        services.add(input.services().get(lens.edgeTarget(edge)));
        product *= observed.edgeAttention()[edge];
        carriedCount += lens.carried(edge) ? 1 : 0;
      }
      paths.add(
          new DominantPath(
              input.services().get(found.start()),
              input.services().get(found.end()),
              found.toSalient(),
              found.toDegraded(),
              services,
              product,
              carriedCount));
    }
    return paths;
  }
}
