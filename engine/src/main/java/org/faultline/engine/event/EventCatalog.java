package org.faultline.engine.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The event types one simulation knows, in definition order. The domain model defines its types
 * here before the simulation is built; the catalog is fixed from then on.
 *
 * <p>Not thread-safe while types are being defined; safe to read from any thread afterwards.
 */
public final class EventCatalog {

  private final List<EventType> types = new ArrayList<>();

  /**
   * Defines a new event type.
   *
   * @param name the type's name in outputs; non-blank and unique in this catalog
   * @return the new type, whose index is the number of types defined before it
   * @throws IllegalArgumentException if the name is blank or already defined
   */
  public EventType define(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an event type needs a non-blank name");
    }
    if (find(name).isPresent()) {
      throw new IllegalArgumentException("event type " + name + " is already defined");
    }
    EventType type = new EventType(types.size(), name);
    types.add(type);
    return type;
  }

  /** Returns the type with the given name, if defined. */
  public Optional<EventType> find(String name) {
    for (EventType type : types) {
      if (type.name().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Returns whether the type was defined by this catalog. */
  public boolean contains(EventType type) {
    return type.index() < types.size() && types.get(type.index()) == type;
  }

  /** Returns all types in definition order. */
  public List<EventType> types() {
    return Collections.unmodifiableList(types);
  }

  /** Returns the number of defined types. */
  public int size() {
    return types.size();
  }
}
