package org.faultline.trace;

import java.util.Arrays;
import java.util.Optional;

/** How a run ended, as recorded in {@code run.json}. */
public enum RunStatus {

  /** The run reached its horizon or ran out of events. */
  COMPLETE("complete"),

  /** The run was stopped before its horizon, and the files hold what happened until then. */
  INTERRUPTED("interrupted");

  private final String id;

  RunStatus(String id) {
    this.id = id;
  }

  /** Returns the identifier written to {@code run.json}. */
  public String id() {
    return id;
  }

  /** Looks up the status with the given identifier, or returns empty when there is none. */
  public static Optional<RunStatus> fromId(String id) {
    return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst();
  }
}
