package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;

/**
 * A public service.
 *
 * @param id unique among all participants
 * @param capacity nominal capacity in load units; positive
 * @param resource initial operational resources in resource units; at least 0
 * @param dependsOn the services this one depends on, in declaration order
 * @param overloadThreshold the stress at or above which an overloaded service stops reporting
 *     new overloads; positive
 * @param stressIncrement the stress one overload report adds; at least 0
 */
public record ServiceSpec(
    String id,
    double capacity,
    double resource,
    List<String> dependsOn,
    double overloadThreshold,
    double stressIncrement) {

  /** The default overload threshold. */
  public static final double DEFAULT_OVERLOAD_THRESHOLD = 1.0;

  /** The default stress increment of one overload: the double nearest to 1/3. */
  public static final double DEFAULT_STRESS_INCREMENT = 1.0 / 3.0;

  public ServiceSpec {
    Objects.requireNonNull(id, "id");
    dependsOn = List.copyOf(dependsOn);
  }
}
