package org.faultline.engine.latency;

import java.util.List;
import java.util.Objects;
import org.faultline.engine.event.DelayComponent;

/**
 * What the latency policy made of one intent: scheduled after a delay of named components, or
 * rejected with a reason.
 */
public sealed interface Decision {

  /** Schedules the intent after the sum of the components. */
  static Decision schedule(List<DelayComponent> components) {
    return new Scheduled(components);
  }

  /** Schedules the intent after a delay of one component. */
  static Decision schedule(String component, long ticks) {
    return new Scheduled(List.of(new DelayComponent(component, ticks)));
  }

  /** Rejects the intent; the reason is recorded in the event log. */
  static Decision reject(String reason) {
    return new Rejected(reason);
  }

  /**
   * A decision to schedule.
   *
   * @param components the parts of the delay, in the order they apply
   */
  record Scheduled(List<DelayComponent> components) implements Decision {
    public Scheduled {
      components = List.copyOf(components);
    }
  }

  /**
   * A decision not to schedule.
   *
   * @param reason one sentence saying why
   */
  record Rejected(String reason) implements Decision {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
