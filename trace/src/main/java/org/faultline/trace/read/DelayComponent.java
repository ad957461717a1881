package org.faultline.trace.read;

import java.util.Objects;

/**
 * One named part of the delay the engine applied to an event, such as the requested delay, an
 * institutional minimum or the wait in a coordination channel.
 *
 * @param component name of the component
 * @param ticks length in ticks; zero or more
 */
public record DelayComponent(String component, long ticks) {

  /** Checks the name and the length. */
  public DelayComponent {
    Objects.requireNonNull(component, "component");
    if (ticks < 0) {
      throw new IllegalArgumentException(
          "delay component \"" + component + "\" must be zero or more ticks, got " + ticks);
    }
  }
}
