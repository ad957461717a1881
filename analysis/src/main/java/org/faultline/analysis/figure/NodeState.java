package org.faultline.analysis.figure;

/** The state a service is drawn in on the dependency graph. */
public enum NodeState {
  /** Neither overloaded nor failed. */
  NORMAL,
  /** Overloaded at some point but not failed. */
  OVERLOADED,
  /** Failed at some point. */
  FAILED
}
