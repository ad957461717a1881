package org.faultline.analysis.structure;

import java.util.List;

/**
 * The path of largest attention product from a service a stressor hit to a destination, along
 * dependency edges.
 *
 * @param source the service a stressor hit
 * @param destination a most salient or a degraded service
 * @param toSalient whether the destination is among the {@code k} most salient services
 * @param toDegraded whether the destination degraded
 * @param services the services along the path, from {@code source} to {@code destination}, or empty
 *     if no dependency path leads there
 * @param attentionProduct product of the edges' attention scores, in [0, 1]; 0 when no path leads
 *     there
 * @param carriedEdgeCount how many of the path's edges carried degradation according to the event
 *     log
 */
public record DominantPath(
    String source,
    String destination,
    boolean toSalient,
    boolean toDegraded,
    List<String> services,
    double attentionProduct,
    int carriedEdgeCount) {

  /** Copies the service list. */
  public DominantPath {
    services = List.copyOf(services);
  }
}
