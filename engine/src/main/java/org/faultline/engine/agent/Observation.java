package org.faultline.engine.agent;

import org.faultline.engine.event.EventType;
import org.faultline.engine.event.Participant;
import org.faultline.engine.event.Payload;
import org.faultline.engine.state.StateView;

/**
 * What one agent receives after an event: the event's type, source and values, itself, and the
 * state as the engine lets it see it. It carries no clock and no handle on the queue or the store.
 * Valid only during the {@link Agent#observe} call: the engine reuses it.
 */
public interface Observation {

  /** Returns the type of the event that was executed. */
  EventType type();

  /** Returns who intended that event. */
  Participant source();

  /** Returns the event's values. */
  Payload payload();

  /** Returns the observing agent. */
  Participant self();

  /** Returns the post-event state, limited to what this agent may see. */
  StateView state();
}
