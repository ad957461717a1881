package org.faultline.engine.event;

/**
 * A kind of domain event, such as {@code FLOOD_IMPACT}. Instances are created only by an {@link
 * EventCatalog}, which numbers them densely so the engine can index handlers and reactions by
 * {@link #index()}.
 */
public final class EventType {

  private final int index;
  private final String name;

  EventType(int index, String name) {
    this.index = index;
    this.name = name;
  }

  /** Returns the position of this type in its catalog, from 0. */
  public int index() {
    return index;
  }

  /** Returns the name written to every output, such as {@code SERVICE_OVERLOAD}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
