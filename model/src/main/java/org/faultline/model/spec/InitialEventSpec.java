package org.faultline.model.spec;

import java.util.Objects;

/**
 * A demand event scheduled before the run.
 *
 * @param type {@code NORMAL_DEMAND} or {@code DEMAND_SPIKE}
 * @param source the citizen population it comes from
 * @param delay its delay from time 0 in ticks; at least 0
 * @param intensity the load it adds to every service; at least 0
 */
public record InitialEventSpec(String type, String source, long delay, double intensity) {

  public InitialEventSpec {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }
}
