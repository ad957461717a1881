package org.faultline.analysis.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.faultline.analysis.attention.DirectedEdge;

/**
 * Everything the structural reasoning needs about one run, filled by the caller from the scenario
 * and the logs.
 *
 * @param services service ids in declaration order, distinct, at least one
 * @param dependencies dependency edges, each from a dependency to the service that depends on it,
 *     between two different services and each listed once
 * @param features raw node features, one row per service in declaration order
 * @param stressorTargets the services that stressors hit directly; repeats are ignored
 * @param outcomes what happened to each service, one per service in declaration order
 * @param propagatedEdges the edges that carried degradation according to the event log, from the
 *     degraded service to the one it degraded. Repeats are ignored. An edge that is not a
 *     dependency edge is accepted but never matches a path or table row.
 */
public record StructureInput(
    List<String> services,
    List<DirectedEdge> dependencies,
    FeatureTable features,
    List<String> stressorTargets,
    List<ServiceOutcome> outcomes,
    List<DirectedEdge> propagatedEdges) {

  /**
   * Copies every list and checks that the parts fit together.
   *
   * @throws IllegalArgumentException listing every problem found, such as an unknown service id, a
   *     duplicate service or edge, or rows out of declaration order
   */
  public StructureInput {
    services = List.copyOf(services);
    dependencies = List.copyOf(dependencies);
    Objects.requireNonNull(features, "features");
    stressorTargets = List.copyOf(new LinkedHashSet<>(stressorTargets));
    outcomes = List.copyOf(outcomes);
    propagatedEdges = List.copyOf(new LinkedHashSet<>(propagatedEdges));

    List<String> problems = new ArrayList<>();
    Set<String> known = checkServices(services, problems);
    checkDependencies(dependencies, known, problems);
    checkRowOrder(
        "features",
        features.rows().stream().map(FeatureTable.Row::service).toList(),
        services,
        problems);
    checkRowOrder(
        "outcomes", outcomes.stream().map(ServiceOutcome::service).toList(), services, problems);
    for (String target : stressorTargets) {
      checkKnown(known, target, "stressor target", problems);
    }
    for (DirectedEdge edge : propagatedEdges) {
      checkKnown(known, edge.source(), "propagated edge source", problems);
      checkKnown(known, edge.target(), "propagated edge target", problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid structure input: " + String.join("; ", problems));
    }
  }

  private static Set<String> checkServices(List<String> services, List<String> problems) {
    if (services.isEmpty()) {
      problems.add("no services; the graph needs at least one");
    }
    Set<String> known = new HashSet<>();
    for (String service : services) {
      if (!known.add(service)) {
        problems.add("service \"" + service + "\" is listed twice");
      }
    }
    return known;
  }

  private static void checkDependencies(
      List<DirectedEdge> dependencies, Set<String> known, List<String> problems) {
    Set<DirectedEdge> seen = new HashSet<>();
    for (DirectedEdge edge : dependencies) {
      checkKnown(known, edge.source(), "dependency edge source", problems);
      checkKnown(known, edge.target(), "dependency edge target", problems);
      if (edge.source().equals(edge.target())) {
        problems.add(
            "dependency edge from \""
                + edge.source()
                + "\" to itself; a service cannot"
                + " depend on itself");
      }
      if (!seen.add(edge)) {
        problems.add(
            "dependency edge \""
                + edge.source()
                + "\" -> \""
                + edge.target()
                + "\" is listed twice");
      }
    }
  }

  private static void checkRowOrder(
      String part, List<String> rowServices, List<String> services, List<String> problems) {
    if (!rowServices.equals(services)) {
      problems.add(
          part
              + " are for "
              + rowServices
              + "; expected one per service in"
              + " declaration order, "
              + services);
    }
  }

  private static void checkKnown(
      Set<String> known, String service, String role, List<String> problems) {
    if (!known.contains(service)) {
      problems.add(role + " \"" + service + "\" is not among the services");
    }
  }
}
