package org.faultline.trace;

import java.util.Arrays;
import java.util.Optional;

/** How {@code metrics.csv} records the service state after each executed event. */
public enum MetricsMode {

  /** One row per service after every executed event; no initial-state rows. */
  FULL("full"),

  /**
   * The initial state of every service as rows with event id 0 at time 0, then after each executed
   * event only the rows of the services whose state that event changed.
   */
  DELTA("delta");

  private final String id;

  MetricsMode(String id) {
    this.id = id;
  }

  /** Returns the identifier written to {@code run.json}: {@code "full"} or {@code "delta"}. */
  public String id() {
    return id;
  }

  /** Looks up the mode with the given identifier, or returns empty when there is none. */
  public static Optional<MetricsMode> fromId(String id) {
    return Arrays.stream(values()).filter(mode -> mode.id.equals(id)).findFirst();
  }
}
