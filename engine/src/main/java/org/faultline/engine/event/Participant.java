package org.faultline.engine.event;

/**
 * Something that can be the source of an event: an agent, which has state and reacts to events, or
 * an external source such as a stressor ({@code environment:flood}), which has neither. Instances
 * are created only by {@link Participants}.
 */
public final class Participant {

  private final String id;
  private final int index;
  private final boolean agent;

  Participant(String id, int index, boolean agent) {
    this.id = id;
    this.index = index;
    this.agent = agent;
  }

  /** Returns the id written to every output, such as {@code citizen:1}. */
  public String id() {
    return id;
  }

  /**
   * Returns the position of this participant among its kind, from 0: for an agent, its row in the
   * state store and its place in registration order.
   */
  public int index() {
    return index;
  }

  /** Returns whether this participant is an agent with state. */
  public boolean isAgent() {
    return agent;
  }

  @Override
  public String toString() {
    return id;
  }
}
