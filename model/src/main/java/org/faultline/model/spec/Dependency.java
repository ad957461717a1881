package org.faultline.model.spec;

import java.util.Objects;

/**
 * A service's dependency on another service.
 *
 * @param service the id of the service depended on
 * @param coupling the interdependency coefficient a*[i][j] of the inoperability input-output model:
 *     the fraction of the dependency's inoperability that becomes inoperability of the dependent
 *     service; between 0 and 1
 */
public record Dependency(String service, double coupling) {

  /** The coupling of a dependency written as a plain service id. */
  public static final double DEFAULT_COUPLING = 0.0;

  public Dependency {
    Objects.requireNonNull(service, "service");
  }

  /** Returns a dependency with the default coupling, as a plain service id declares it. */
  public static Dependency on(String service) {
    return new Dependency(service, DEFAULT_COUPLING);
  }
}
