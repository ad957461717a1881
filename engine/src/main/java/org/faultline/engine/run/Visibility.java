package org.faultline.engine.run;

import org.faultline.engine.event.Participant;

/**
 * Which agents' state an observing agent may read: partial information is a property of the
 * scenario that the engine enforces, not a choice of the agent.
 */
@FunctionalInterface
public interface Visibility {

  /** Returns whether {@code observer} may read the state of {@code subject}. */
  boolean canSee(Participant observer, Participant subject);

  /** Returns the visibility under which every agent sees every agent. */
  static Visibility everything() {
    return (observer, subject) -> true;
  }
}
