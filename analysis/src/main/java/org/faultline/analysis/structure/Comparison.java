package org.faultline.analysis.structure;

/**
 * How far the structural lens agrees with what propagated, against a control with shuffled
 * features.
 *
 * @param k number of most salient services compared with the degraded ones: the number of degraded
 *     services, at least 1
 * @param permutationCount number of shuffled-feature controls
 * @param permutationSeed seed of the generator that drew the permutations
 * @param rankCorrelation Spearman's ρ between mean salience and observed impact over all services
 * @param topKOverlap fraction of the {@code k} most salient services that degraded
 * @param pathAgreement fraction of the distinct edges on dominant paths that carried degradation
 * @param pathEdgeCount number of distinct edges on the dominant paths with the real features
 * @param carriedPathEdgeCount how many of them carried degradation
 */
public record Comparison(
    int k,
    int permutationCount,
    long permutationSeed,
    MetricComparison rankCorrelation,
    MetricComparison topKOverlap,
    MetricComparison pathAgreement,
    int pathEdgeCount,
    int carriedPathEdgeCount) {}
