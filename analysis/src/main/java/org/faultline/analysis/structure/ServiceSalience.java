package org.faultline.analysis.structure;

/**
 * One service's salience beside what happened to it.
 *
 * @param service service id
 * @param salienceMean mean salience over the ensemble, in [0, 1]
 * @param salienceStd population standard deviation of the salience over the ensemble
 * @param salienceRank position by descending mean salience, from 1; ties in declaration order
 * @param stressorTarget whether a stressor hit the service directly
 * @param degraded whether the service degraded (was overloaded or failed)
 * @param degradationOrder the position at which degradation reached the service, from 1, or null if
 *     it never degraded
 * @param impact the observed-impact score given in the input
 */
public record ServiceSalience(
    String service,
    double salienceMean,
    double salienceStd,
    int salienceRank,
    boolean stressorTarget,
    boolean degraded,
    Integer degradationOrder,
    double impact) {}
