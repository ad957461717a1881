package org.faultline.analysis.structure;

import java.util.List;

/**
 * The result of the structural reasoning over one run, ready to be serialised with Jackson for
 * analysis.json and rendered by {@link StructureSection}.
 *
 * @param settings the seeds and sizes used
 * @param features how each feature was standardized, in column order
 * @param services salience and outcome per service, in declaration order
 * @param edges every dependency edge, by descending attention
 * @param paths the dominant paths, by source and then destination in declaration order
 * @param comparison agreement with what propagated, against the shuffled-feature control
 */
public record StructureResult(
    StructureSettings settings,
    List<FeatureScaling> features,
    List<ServiceSalience> services,
    List<EdgeAttention> edges,
    List<DominantPath> paths,
    Comparison comparison) {

  /** Copies every list. */
  public StructureResult {
    features = List.copyOf(features);
    services = List.copyOf(services);
    edges = List.copyOf(edges);
    paths = List.copyOf(paths);
  }

  /** Returns whether every feature is constant, so that the network saw no difference at all. */
  boolean allFeaturesConstant() {
    return features.stream().allMatch(FeatureScaling::constant);
  }
}
