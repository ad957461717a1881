package org.faultline.analysis.structure;

/**
 * The standardization of one feature, {@code z = (x − mean) / std} over all services.
 *
 * @param name feature name
 * @param mean mean of the raw values over the services
 * @param std population standard deviation of the raw values (dividing by the number of services)
 * @param constant whether every service has the same raw value, in which case every z is 0
 */
public record FeatureScaling(String name, double mean, double std, boolean constant) {}
