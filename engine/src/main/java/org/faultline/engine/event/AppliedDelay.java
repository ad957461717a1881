package org.faultline.engine.event;

import java.util.List;
import java.util.OptionalLong;

/**
 * The delay the engine applied to a scheduled event: the sum of its named components, with the
 * delay its source requested, if any, kept beside them for the audit trail.
 *
 * <p>Immutable and thread-safe.
 */
public final class AppliedDelay {

  private final OptionalLong requested;
  private final List<DelayComponent> components;
  private final long total;

  /**
   * Creates an applied delay.
   *
   * @param requested the delay in ticks that the source asked for, if any
   * @param components the parts whose sum is the applied delay, in the order they apply
   * @throws ArithmeticException if the sum overflows a long
   */
  public AppliedDelay(OptionalLong requested, List<DelayComponent> components) {
    this.requested = requested;
    this.components = List.copyOf(components);
    long sum = 0;
    for (DelayComponent component : this.components) {
      sum = Math.addExact(sum, component.ticks());
    }
    this.total = sum;
  }

  /** Creates a delay of one component. */
  public static AppliedDelay of(OptionalLong requested, String component, long ticks) {
    return new AppliedDelay(requested, List.of(new DelayComponent(component, ticks)));
  }

  /** Returns the delay in ticks that the source asked for, if any. */
  public OptionalLong requested() {
    return requested;
  }

  /** Returns the components in the order they apply. */
  public List<DelayComponent> components() {
    return components;
  }

  /** Returns the applied delay in ticks: the sum of the components, at least 0. */
  public long total() {
    return total;
  }

  @Override
  public String toString() {
    return total + " ticks " + components;
  }
}
