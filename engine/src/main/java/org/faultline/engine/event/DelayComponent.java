package org.faultline.engine.event;

import java.util.Objects;

/**
 * One named part of an applied delay, such as the requested delay, a channel's institutional
 * minimum, queueing wait or seeded jitter.
 *
 * @param name what the part stands for, written to the event log
 * @param ticks its length in ticks, at least 0
 */
public record DelayComponent(String name, long ticks) {

  public DelayComponent {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a delay component needs a non-blank name");
    }
    if (ticks < 0) {
      throw new IllegalArgumentException(
          "delay component '" + name + "' must be at least 0 ticks, got " + ticks);
    }
  }
}
