package org.faultline.engine.event;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A domain event that an agent or an effect handler would like to happen. The engine's latency
 * policy decides whether and when it is scheduled; the requested delay is only a wish.
 *
 * @param type the event type
 * @param source who intends it
 * @param payload the event's values
 * @param requestedDelay the delay the source asks for, in ticks, if any; the engine rejects a
 *     negative, non-finite or fractional value
 */
public record Intent(
    EventType type, Participant source, Payload payload, OptionalDouble requestedDelay) {

  public Intent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(requestedDelay, "requestedDelay");
  }

  /** Creates an intent without a requested delay. */
  public static Intent of(EventType type, Participant source, Payload payload) {
    return new Intent(type, source, payload, OptionalDouble.empty());
  }

  /** Creates an intent that asks for a delay in ticks. */
  public static Intent of(
      EventType type, Participant source, Payload payload, double requestedDelayTicks) {
    return new Intent(type, source, payload, OptionalDouble.of(requestedDelayTicks));
  }
}
