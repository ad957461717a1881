package org.faultline.model.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public service.
 *
 * @param id unique among all participants
 * @param capacity nominal capacity in load units; positive
 * @param resource initial operational resources in resource units; at least 0
 * @param dependencies the services this one depends on, in declaration order
 * @param overloadThreshold the stress at or above which an overloaded service stops reporting new
 *     overloads; positive
 * @param stressIncrement the stress one overload report adds; at least 0
 * @param inoperability its parameters under dependency coupling
 * @param backlog its parameters under backlog, failure and repair
 * @param reactTo the event types after which it observes the state, when it has its own list; empty
 *     when it follows the scenario's {@code react_to}
 */
public record ServiceSpec(
    String id,
    double capacity,
    double resource,
    List<Dependency> dependencies,
    double overloadThreshold,
    double stressIncrement,
    Inoperability inoperability,
    Backlog backlog,
    Optional<List<String>> reactTo) {

  /** The default overload threshold. */
  public static final double DEFAULT_OVERLOAD_THRESHOLD = 1.0;

  /** The default stress increment of one overload: the double nearest to 1/3. */
  public static final double DEFAULT_STRESS_INCREMENT = 1.0 / 3.0;

  public ServiceSpec {
    Objects.requireNonNull(id, "id");
    dependencies = List.copyOf(dependencies);
    Objects.requireNonNull(inoperability, "inoperability");
    Objects.requireNonNull(backlog, "backlog");
    reactTo = reactTo.map(List::copyOf);
  }

  /** Creates a service that follows the scenario's {@code react_to}. */
  public ServiceSpec(
      String id,
      double capacity,
      double resource,
      List<Dependency> dependencies,
      double overloadThreshold,
      double stressIncrement,
      Inoperability inoperability,
      Backlog backlog) {
    this(
        id,
        capacity,
        resource,
        dependencies,
        overloadThreshold,
        stressIncrement,
        inoperability,
        backlog,
        Optional.empty());
  }

  /**
   * Creates a service whose dependencies have the default coupling and whose other parameters of
   * the richer model have their defaults.
   */
  public ServiceSpec(
      String id,
      double capacity,
      double resource,
      List<String> dependsOn,
      double overloadThreshold,
      double stressIncrement) {
    this(
        id,
        capacity,
        resource,
        dependsOn.stream().map(Dependency::on).toList(),
        overloadThreshold,
        stressIncrement,
        Inoperability.defaults(),
        Backlog.defaults(),
        Optional.empty());
  }

  /** Returns the ids of the services this one depends on, in declaration order. */
  public List<String> dependsOn() {
    return dependencies.stream().map(Dependency::service).toList();
  }
}
