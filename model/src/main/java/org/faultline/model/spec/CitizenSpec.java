package org.faultline.model.spec;

import java.util.Objects;

/**
 * A citizen population.
 *
 * @param id unique among all participants
 * @param demand the load it adds to every service with normal demand, in load units; at least 0
 * @param panicThreshold the own stress at or above which it spikes demand; at least 0
 * @param resource initial resources, reported only; at least 0
 */
public record CitizenSpec(String id, double demand, double panicThreshold, double resource) {

  public CitizenSpec {
    Objects.requireNonNull(id, "id");
  }
}
