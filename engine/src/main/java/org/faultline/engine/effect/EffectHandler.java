package org.faultline.engine.effect;

import org.faultline.engine.event.Event;

/**
 * Applies the effect of one event type to the state. Handlers are the only code that mutates state;
 * there is exactly one per event type.
 */
@FunctionalInterface
public interface EffectHandler {

  /**
   * Applies an event.
   *
   * @param event the event being executed
   * @param context the store, the clock, random streams, and a sink for follow-up intents
   */
  void apply(Event event, EffectContext context);
}
