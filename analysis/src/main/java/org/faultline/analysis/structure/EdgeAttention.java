package org.faultline.analysis.structure;

/**
 * One dependency edge with its attention score.
 *
 * @param rank position by descending attention, from 1; ties in input order
 * @param source the dependency
 * @param target the service that depends on {@code source}
 * @param attention mean over the heads of layer 1 of the ensemble-mean attention coefficient, in
 *     [0, 1]
 * @param uniformShare {@code 1 / (k + 1)} for a target with {@code k} dependencies: the attention
 *     every incoming edge, self-loop included, would get if the softmax were uniform
 * @param carriedDegradation whether the event log shows degradation travelling along this edge
 */
public record EdgeAttention(
    int rank,
    String source,
    String target,
    double attention,
    double uniformShare,
    boolean carriedDegradation) {}
